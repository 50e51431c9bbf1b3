"use client";

import { ActionForm } from "@/components/form/action-form";
import { SubmitButton, TextareaField } from "@/components/form/fields";
import { publishListAction } from "../actions";

export function PublishForm({ nextNumber }: { nextNumber: number }) {
  return (
    <ActionForm action={publishListAction}>
      <TextareaField name="note" label="Toelichting bij deze versie" required
        description="Deze tekst staat bij de lijstversie op de openbare pagina en in de open data. Bijvoorbeeld: Telegram toegevoegd na nieuw advies van de VNG." />
      <SubmitButton>Publiceer lijstversie {nextNumber}</SubmitButton>
    </ActionForm>
  );
}
