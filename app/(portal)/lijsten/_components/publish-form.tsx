"use client";

import { ActionForm } from "@/components/form/action-form";
import { CheckboxField, SubmitButton, TextareaField } from "@/components/form/fields";
import { publishListAction } from "../actions";

/** The last step of publishing: a note, and an explicit yes for exactly the changes shown above it. */
export function PublishForm({ nextNumber, concept }: { nextNumber: number; concept: string }) {
  return (
    <ActionForm action={publishListAction}>
      <input type="hidden" name="concept" value={concept} />
      <TextareaField name="note" label="Toelichting bij deze versie" required
        description="Deze tekst staat bij de lijstversie op de openbare pagina en in de open data. Bijvoorbeeld: Telegram toegevoegd na nieuw advies van de VNG." />
      <CheckboxField name="bevestigd" label={`Ja, publiceer versie ${nextNumber}`}
        description="Ik heb de wijzigingen hierboven gecontroleerd. Na publicatie ziet iedereen deze lijst, en de versie verandert nooit meer." />
      <SubmitButton>Publiceer lijstversie {nextNumber}</SubmitButton>
    </ActionForm>
  );
}
