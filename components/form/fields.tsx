"use client";

import { useFormState } from "./action-form";
import { fieldId } from "./error-summary";

type BaseProps = { name: string; label: string; description?: string; required?: boolean };

function useField(name: string, defaultValue?: string | null) {
  const { state } = useFormState();
  const error = state?.fieldErrors?.[name]?.[0];
  // After a refused submit, show what the user typed rather than the stored value.
  const typed = state && !state.ok ? state.values?.[name] : undefined;
  const value = typeof typed === "string" ? typed : (defaultValue ?? "");
  return { error, value, id: fieldId(name), key: `${name}-${state ? JSON.stringify(state.values?.[name] ?? "") : "init"}` };
}

function FieldShell({ id, label, description, error, required, children }: { id: string; label: string; description?: string; error?: string; required?: boolean; children: React.ReactNode }) {
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {required ? null : <span className="font-normal"> (niet verplicht)</span>}
        </label>
      </div>
      {description ? <div id={`${id}-uitleg`} className="utrecht-form-field-description utrecht-form-field__description">{description}</div> : null}
      {error ? <div id={`${id}-fout`} className="utrecht-form-field-error-message utrecht-form-field__error-message portal-field-error">{error}</div> : null}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

const describedBy = (id: string, description?: string, error?: string) =>
  [description ? `${id}-uitleg` : null, error ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined;

export function TextField({ name, label, description, required, defaultValue, type = "text", autoComplete, inputMode }: BaseProps & { defaultValue?: string | null; type?: "text" | "email" | "date" | "url" | "tel" | "search" | "password"; autoComplete?: string; inputMode?: "text" | "numeric" }) {
  const { error, value, id, key } = useField(name, defaultValue);
  return (
    <FieldShell id={id} label={label} description={description} error={error} required={required}>
      <input key={key} id={id} name={name} type={type} defaultValue={type === "password" ? undefined : value} aria-required={required || undefined} autoComplete={autoComplete} inputMode={inputMode}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, description, error)}
        className={`utrecht-textbox utrecht-textbox--html-input${error ? " utrecht-textbox--invalid" : ""}`} />
    </FieldShell>
  );
}

export function TextareaField({ name, label, description, required, defaultValue, rows = 4 }: BaseProps & { defaultValue?: string | null; rows?: number }) {
  const { error, value, id, key } = useField(name, defaultValue);
  return (
    <FieldShell id={id} label={label} description={description} error={error} required={required}>
      <textarea key={key} id={id} name={name} rows={rows} defaultValue={value} aria-required={required || undefined}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, description, error)}
        className={`utrecht-textarea utrecht-textarea--html-textarea${error ? " utrecht-textarea--invalid" : ""}`} />
    </FieldShell>
  );
}

type Option = { value: string; label: string };

/** A select; `groups` adds labelled groups (optgroup) after the plain options, e.g. one per kind of document. */
export function SelectField({ name, label, description, required, defaultValue, options, groups = [], placeholder }: BaseProps & { defaultValue?: string | null; options: Option[]; groups?: { label: string; options: Option[] }[]; placeholder?: string }) {
  const { error, value, id, key } = useField(name, defaultValue);
  return (
    <FieldShell id={id} label={label} description={description} error={error} required={required}>
      <select key={key} id={id} name={name} defaultValue={value} aria-required={required || undefined}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, description, error)}
        className={`utrecht-select utrecht-select--html-select${error ? " utrecht-select--invalid" : ""}`}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </optgroup>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxGroup({ name, legend, description, options, defaultValues = [] }: { name: string; legend: string; description?: string; options: { value: string; label: string }[]; defaultValues?: string[] }) {
  const { state } = useFormState();
  const error = state?.fieldErrors?.[name]?.[0];
  const id = fieldId(name);
  // After a refused submit, keep what the user ticked (none ticked means the field is absent).
  const typed = state && !state.ok && state.values ? state.values[name] ?? [] : undefined;
  const checked = typed === undefined ? defaultValues : Array.isArray(typed) ? typed : [typed];
  return (
    <fieldset className="utrecht-form-fieldset" aria-describedby={describedBy(id, description, error)}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-label">{legend}</legend>
      {description ? <div id={`${id}-uitleg`} className="utrecht-form-field-description">{description}</div> : null}
      {error ? <div id={`${id}-fout`} className="portal-field-error">{error}</div> : null}
      <div className="mt-2 flex flex-col gap-2" id={id} tabIndex={-1}>
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input key={`${o.value}-${checked.includes(o.value)}`} type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} className="utrecht-checkbox utrecht-checkbox--html-input" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SubmitButton({ children, variant = "primary" }: { children: React.ReactNode; variant?: "primary" | "secondary" }) {
  const { pending } = useFormState();
  return (
    <div>
      <button type="submit" disabled={pending} aria-disabled={pending}
        className={`utrecht-button utrecht-button--${variant}-action`}>
        {pending ? "Bezig…" : children}
      </button>
    </div>
  );
}

export function CheckboxField({ name, label, description, defaultChecked }: { name: string; label: string; description?: string; defaultChecked?: boolean }) {
  const { state } = useFormState();
  const id = fieldId(name);
  const error = state?.fieldErrors?.[name]?.[0];
  // After a refused submit, keep what the user ticked.
  const checked = state && !state.ok && state.values ? state.values[name] === "ja" : defaultChecked;
  return (
    <div className="flex flex-col gap-1">
      {error ? <div id={`${id}-fout`} className="portal-field-error">{error}</div> : null}
      <label className="flex items-start gap-2" htmlFor={id}>
        <input key={String(checked)} id={id} type="checkbox" name={name} value="ja" defaultChecked={checked}
          aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, description, error)}
          className={`utrecht-checkbox utrecht-checkbox--html-input mt-1${error ? " utrecht-checkbox--invalid" : ""}`} />
        <span className="utrecht-form-label flex-1">{label}</span>
      </label>
      {description ? <div id={`${id}-uitleg`} className="utrecht-form-field-description ml-6">{description}</div> : null}
    </div>
  );
}
