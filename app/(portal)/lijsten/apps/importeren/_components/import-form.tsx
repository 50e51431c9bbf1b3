"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { ErrorSummary, fieldId } from "@/components/form/error-summary";
import { previewImportAction } from "../actions";
import type { ImportPreview } from "../preview";
import { ImportPreviewPanel } from "./import-preview";

/** Step 1: the file (or pasted text) goes to the server, which sends back a preview for step 2. */
export function ImportForm() {
  const [state, formAction, pending] = useActionState(previewImportAction, null);
  // Controlled, so the pasted text survives the form reset after each check.
  const [text, setText] = useState("");
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state && !state.ok) summaryRef.current?.focus();
  }, [state]);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const preview = state?.ok ? (state.data as ImportPreview) : null;

  return (
    <>
      <form action={formAction} noValidate className="flex max-w-2xl flex-col gap-6">
        <div ref={summaryRef} tabIndex={-1} className="outline-none">
          {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} /> : null}
        </div>
        <Field name="file" label="CSV-bestand" description="Een bestand dat eindigt op .csv, met de kolommen die hieronder staan." error={errors?.file?.[0]}>
          {(props) => <input {...props} type="file" name="file" accept=".csv,text/csv" className="utrecht-textbox utrecht-textbox--html-input" />}
        </Field>
        <Field name="text" label="Of plak de inhoud van het bestand" description="Handig als u de regels uit een spreadsheet kopieert. Zet de kolomnamen op de eerste regel." error={errors?.text?.[0]}>
          {(props) => (
            <textarea {...props} name="text" rows={6} value={text} onChange={(event) => setText(event.target.value)}
              className={`utrecht-textarea utrecht-textarea--html-textarea${props["aria-invalid"] ? " utrecht-textarea--invalid" : ""}`} />
          )}
        </Field>
        <div>
          <button type="submit" disabled={pending} aria-disabled={pending} className="utrecht-button utrecht-button--primary-action">
            {pending ? "Bezig met controleren…" : "Controleer het bestand"}
          </button>
        </div>
      </form>
      {preview && state ? <ImportPreviewPanel message={state.message} preview={preview} /> : null}
    </>
  );
}

type InputProps = { id: string; "aria-invalid"?: true; "aria-describedby": string };

function Field({ name, label, description, error, children }: { name: string; label: string; description: string; error?: string; children: (props: InputProps) => React.ReactNode }) {
  const id = fieldId(name);
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>{label}</label>
      </div>
      <div id={`${id}-uitleg`} className="utrecht-form-field-description utrecht-form-field__description">{description}</div>
      {error ? <div id={`${id}-fout`} className="utrecht-form-field-error-message utrecht-form-field__error-message portal-field-error">{error}</div> : null}
      <div className="utrecht-form-field__input">
        {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": [`${id}-uitleg`, error ? `${id}-fout` : null].filter(Boolean).join(" ") })}
      </div>
    </div>
  );
}
