"use client";

import { ActionForm } from "@/components/form/action-form";
import { SubmitButton, TextareaField } from "@/components/form/fields";
import { removeAppAction } from "../actions";

export function RemoveAppForm({ id }: { id: number }) {
  return (
    <ActionForm action={removeAppAction}>
      <input type="hidden" name="id" value={id} />
      <TextareaField name="removedReason" label="Reden" description="Bijvoorbeeld: de leverancier is verkocht aan een bedrijf buiten de landenlijst. De reden blijft bewaard." required />
      <SubmitButton variant="secondary">App uit het concept halen</SubmitButton>
    </ActionForm>
  );
}
