"use client";

import { useState } from "react";
import { ActionForm, useFormState } from "@/components/form/action-form";
import { fieldId } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/fields";
import { removeAttachmentAction, uploadAttachmentAction } from "../actions";

const MAX_MB = 10;

function FileField() {
  const { state } = useFormState();
  const [tooLarge, setTooLarge] = useState(false);
  const id = fieldId("file");
  const serverError = state && !state.ok ? state.fieldErrors?.file?.[0] : undefined;
  // A quick hint before sending 30 MB for nothing; the server checks again (size and content).
  const error = tooLarge ? `Het bestand is te groot. Een bijlage mag hoogstens ${MAX_MB} MB zijn.` : serverError;
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>PDF-bestand</label>
      </div>
      <div id={`${id}-uitleg`} className="utrecht-form-field-description utrecht-form-field__description">
        Alleen PDF, hoogstens {MAX_MB} MB. Het portaal controleert de inhoud van het bestand, niet alleen de naam, en geeft het zelf een bestandsnaam.
      </div>
      {error ? <div id={`${id}-fout`} className="utrecht-form-field-error-message utrecht-form-field__error-message portal-field-error">{error}</div> : null}
      <div className="utrecht-form-field__input">
        <input id={id} name="file" type="file" accept="application/pdf,.pdf" aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-uitleg`, error ? `${id}-fout` : null].filter(Boolean).join(" ")}
          onChange={(event) => setTooLarge((event.target.files?.[0]?.size ?? 0) > MAX_MB * 1024 * 1024)}
          className="utrecht-textbox utrecht-textbox--html-input" />
      </div>
    </div>
  );
}

export function UploadAttachmentForm({ decisionId }: { decisionId: number }) {
  return (
    <ActionForm action={uploadAttachmentAction} className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="decisionId" value={decisionId} />
      <FileField />
      <SubmitButton>Bijlage toevoegen</SubmitButton>
    </ActionForm>
  );
}

export function RemoveAttachmentForm({ attachmentId, title }: { attachmentId: number; title: string }) {
  return (
    <ActionForm action={removeAttachmentAction} className="flex flex-col gap-2">
      <input type="hidden" name="id" value={attachmentId} />
      {/* Its own id: several of these forms stand on one page, each label must tick its own box. */}
      <label className="flex items-start gap-2" htmlFor={`bijlage-${attachmentId}-bevestigen`}>
        <input id={`bijlage-${attachmentId}-bevestigen`} type="checkbox" name="confirm" value="ja" className="utrecht-checkbox utrecht-checkbox--html-input mt-1" />
        <span className="utrecht-form-label flex-1 font-normal">Ja, verwijder &ldquo;{title}&rdquo;</span>
      </label>
      <SubmitButton variant="secondary">Bijlage verwijderen</SubmitButton>
    </ActionForm>
  );
}
