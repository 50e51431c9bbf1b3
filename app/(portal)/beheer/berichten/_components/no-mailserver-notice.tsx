/** Shown when SMTP_HOST is not set (the embedded demo): messages are kept and shown, not sent. */
export function NoMailserverNotice() {
  return (
    <div className="utrecht-alert utrecht-alert--warning mb-8" role="status">
      {/* One block inside the alert: the alert lays out its children side by side. */}
      <div className="flex flex-col gap-2">
        <p className="utrecht-paragraph">
          <strong>Er is geen mailserver ingesteld. Berichten worden bewaard en hier getoond, maar niet verstuurd.</strong>
        </p>
        <p className="utrecht-paragraph">
          Stel de mailserver in met SMTP_HOST (zie de handleiding bij het portaal). Daarna worden de bewaarde berichten alsnog verstuurd.
        </p>
      </div>
    </div>
  );
}
