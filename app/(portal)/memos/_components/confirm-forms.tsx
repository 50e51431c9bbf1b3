"use client";

import { ActionForm } from "@/components/form/action-form";
import { CheckboxField, SubmitButton } from "@/components/form/fields";
import { discardMemoAction, publishMemoAction } from "../actions";

export function DiscardMemoForm({ id }: { id: number }) {
  return (
    <ActionForm action={discardMemoAction}>
      <input type="hidden" name="id" value={id} />
      <CheckboxField name="confirm" label="Ja, gooi dit concept weg" description="Alles wat in het concept staat, gaat verloren. Gepubliceerde memo's blijven zoals ze zijn." />
      <SubmitButton variant="secondary">Concept weggooien</SubmitButton>
    </ActionForm>
  );
}

/** The explicit yes for exactly the draft shown above it (`seen` changes with every save). */
export function PublishMemoForm({ id, seen }: { id: number; seen: string }) {
  return (
    <ActionForm action={publishMemoAction}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="seen" value={seen} />
      <CheckboxField name="confirm" label="Ja, publiceer deze memo"
        description="Ik heb de memo hierboven gecontroleerd. Na publicatie krijgt de memo een nummer, zien de lezers hem, en verandert hij nooit meer." />
      <SubmitButton>Memo publiceren</SubmitButton>
    </ActionForm>
  );
}
