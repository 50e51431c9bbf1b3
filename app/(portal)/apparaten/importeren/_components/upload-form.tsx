"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { ErrorSummary, fieldId } from "@/components/form/error-summary";

const ENDPOINT = "/apparaten/importeren/bestand";
type Phase = { kind: "idle" } | { kind: "sending"; percent: number } | { kind: "processing" } | { kind: "error"; message: string };

/**
 * A plain multipart form that works without JavaScript; with JavaScript the file is sent as the raw
 * body by XMLHttpRequest, which reports upload progress (fetch does not), and the result page opens.
 */
export function UploadForm({ initialError, maxMb }: { initialError?: string; maxMb: number }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<Phase>(initialError ? { kind: "error", message: initialError } : { kind: "idle" });
  const id = fieldId("bestand");
  const error = phase.kind === "error" ? phase.message : undefined;
  const busy = phase.kind === "sending" || phase.kind === "processing";

  function submit(event: React.FormEvent<HTMLFormElement>) {
    const file = input.current?.files?.[0];
    event.preventDefault();
    if (!file) return setPhase({ kind: "error", message: "Kies een CSV-bestand om te importeren." });
    if (file.size > maxMb * 1024 * 1024) return setPhase({ kind: "error", message: `Het bestand is te groot: hoogstens ${maxMb} MB.` });
    const request = new XMLHttpRequest();
    request.open("POST", ENDPOINT);
    request.setRequestHeader("Content-Type", "text/csv");
    request.setRequestHeader("Accept", "application/json");
    request.setRequestHeader("X-Bestandsnaam", encodeURIComponent(file.name));
    request.upload.onprogress = (e) => e.lengthComputable && setPhase({ kind: "sending", percent: Math.floor((e.loaded / e.total) * 100) });
    request.upload.onload = () => setPhase({ kind: "processing" });
    request.onerror = () => setPhase({ kind: "error", message: "De verbinding met het portaal viel weg. Er is niets geïmporteerd; probeer het opnieuw." });
    request.onload = () => {
      let body: { importId?: number; message?: string } = {};
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = { message: request.responseText || "Het importeren is mislukt." };
      }
      if (body.importId) router.push(`/apparaten/importen/${body.importId}`);
      else setPhase({ kind: "error", message: body.message ?? "Het importeren is mislukt." });
    };
    setPhase({ kind: "sending", percent: 0 });
    request.send(file);
  }

  return (
    <form method="post" action={ENDPOINT} encType="multipart/form-data" onSubmit={submit} noValidate className="flex max-w-2xl flex-col gap-4">
      {error ? <ErrorSummary message="Het bestand is niet geïmporteerd." fieldErrors={{ bestand: [error] }} /> : null}
      <div className={`utrecht-form-field utrecht-form-field--text${error ? " utrecht-form-field--invalid" : ""}`}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={id}>CSV-bestand met de app-inventaris</label>
        </div>
        <div id={`${id}-uitleg`} className="utrecht-form-field-description utrecht-form-field__description">
          De Intune-export of het algemene formaat, opgeslagen als UTF-8, hoogstens {maxMb} MB.
        </div>
        {error ? <div id={`${id}-fout`} className="utrecht-form-field-error-message utrecht-form-field__error-message portal-field-error">{error}</div> : null}
        <div className="utrecht-form-field__input">
          <input ref={input} id={id} name="bestand" type="file" accept=".csv,text/csv" required disabled={busy} aria-invalid={error ? true : undefined}
            aria-describedby={[`${id}-uitleg`, error ? `${id}-fout` : null].filter(Boolean).join(" ")}
            className="utrecht-textbox utrecht-textbox--html-input" />
        </div>
      </div>
      <div aria-live="polite" className="flex flex-col gap-2">
        {phase.kind === "sending" ? (
          <>
            <label htmlFor="upload-voortgang" className="utrecht-form-label">Versturen: {phase.percent}%</label>
            <progress id="upload-voortgang" max={100} value={phase.percent}>{phase.percent}%</progress>
          </>
        ) : null}
        {phase.kind === "processing" ? <p className="utrecht-paragraph">Bezig met verwerken… Sluit deze pagina niet; bij een groot bestand duurt dit enkele minuten.</p> : null}
      </div>
      <div>
        <button type="submit" disabled={busy} className="utrecht-button utrecht-button--primary-action">Importeren</button>
      </div>
    </form>
  );
}
