"use client";

import { ActionForm } from "@/components/form/action-form";
import { CheckboxField, SubmitButton } from "@/components/form/fields";
import { publishDraftAction } from "../actions";

/** The explicit yes for exactly the draft shown above it (`seen` changes with every save). */
export function PublishForm({ draftId, seen, nextNumber }: { draftId: number; seen: string; nextNumber: number }) {
  return (
    <ActionForm action={publishDraftAction}>
      <input type="hidden" name="id" value={draftId} />
      <input type="hidden" name="seen" value={seen} />
      <CheckboxField name="confirm" label={`Ja, publiceer dit beleid als versie ${nextNumber}`}
        description="Ik heb de tekst en de gegevens hierboven gecontroleerd. Na publicatie verandert deze versie nooit meer." />
      <SubmitButton>Publiceer versie {nextNumber}</SubmitButton>
    </ActionForm>
  );
}
