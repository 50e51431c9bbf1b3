import { MAX_ALLOWED_APPS, MAX_ALLOWLIST_CHARS } from "@/lib/mdm-exports/allowlist";

type Props = {
  id: string;
  action: string;
  label: string;
  description: string;
  /** The text as typed, when the download refused it and sent it back. */
  value: string;
  errors: string[];
  submitLabel: string;
  children?: React.ReactNode;
};

/**
 * The allowlist form. It is sent with GET straight to the download, so a valid list arrives as a file; a list
 * that is not valid comes back here with the messages and the text as typed.
 */
export function AllowlistForm({ id, action, label, description, value, errors, submitLabel, children }: Props) {
  const fieldId = `${id}-apps`;
  const describedBy = [`${fieldId}-uitleg`, errors.length > 0 ? `${fieldId}-fout` : null].filter(Boolean).join(" ");
  return (
    <form method="get" action={action} className="flex max-w-3xl flex-col gap-4">
      {errors.length > 0 ? (
        <div role="alert" className="utrecht-alert utrecht-alert--error">
          <p className="utrecht-paragraph"><strong>Het bestand is niet gemaakt. Verbeter de lijst:</strong></p>
          <ul className="utrecht-unordered-list">
            {errors.map((message) => (
              <li key={message} className="utrecht-unordered-list__item"><a className="utrecht-link" href={`#${fieldId}`}>{message}</a></li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className={`utrecht-form-field utrecht-form-field--text${errors.length > 0 ? " utrecht-form-field--invalid" : ""}`}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={fieldId}>{label}</label>
        </div>
        <div id={`${fieldId}-uitleg`} className="utrecht-form-field-description utrecht-form-field__description">
          {description} Eén per regel, hoogstens {MAX_ALLOWED_APPS} apps en {MAX_ALLOWLIST_CHARS.toLocaleString("nl-NL")} tekens.
        </div>
        {errors.length > 0 ? <div id={`${fieldId}-fout`} className="utrecht-form-field-error-message utrecht-form-field__error-message portal-field-error">{errors[0]}</div> : null}
        <div className="utrecht-form-field__input">
          <textarea id={fieldId} name="apps" rows={6} defaultValue={value} maxLength={MAX_ALLOWLIST_CHARS} aria-required="true"
            aria-invalid={errors.length > 0 ? true : undefined} aria-describedby={describedBy} spellCheck={false} autoCapitalize="off"
            className={`utrecht-textarea utrecht-textarea--html-textarea font-mono${errors.length > 0 ? " utrecht-textarea--invalid" : ""}`} />
        </div>
      </div>
      {children}
      <div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">{submitLabel}</button>
      </div>
    </form>
  );
}
