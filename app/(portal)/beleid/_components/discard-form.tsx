"use client";

import { ActionForm } from "@/components/form/action-form";
import { CheckboxField, SubmitButton } from "@/components/form/fields";
import { discardDraftAction } from "../actions";

export function DiscardForm({ draftId }: { draftId: number }) {
  return (
    <ActionForm action={discardDraftAction}>
      <input type="hidden" name="id" value={draftId} />
      <CheckboxField name="confirm" label="Ja, gooi dit concept weg" description="Alles wat in het concept staat, gaat verloren. Gepubliceerde versies blijven zoals ze zijn." />
      <SubmitButton variant="secondary">Concept weggooien</SubmitButton>
    </ActionForm>
  );
}
