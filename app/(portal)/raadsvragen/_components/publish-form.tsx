"use client";

import { ActionForm } from "@/components/form/action-form";
import { CheckboxField, SubmitButton, TextareaField, TextField } from "@/components/form/fields";
import { publishAnswerAction } from "../actions";

export function PublishForm({ id, today, reference }: { id: number; today: string; reference: string }) {
  return (
    <ActionForm action={publishAnswerAction}>
      <input type="hidden" name="id" value={id} />
      <TextField name="answerLetterDate" label="Datum van de antwoordbrief" type="date" required defaultValue={today} />
      <TextareaField name="signatories" label="Ondertekenaars" required rows={3}
        description="Eén per regel, zoals: De secretaris, Ilse Vos en daaronder: De burgemeester, Jan Smit." />
      <CheckboxField name="confirm" label={`Ik heb de vragen en antwoorden gecontroleerd en publiceer de antwoordbrief op raadsvraag ${reference}.`}
        description="Na publicatie kan niemand de vragen en antwoorden nog veranderen. Iedereen kan de brief lezen, ook op de openbare website." />
      <SubmitButton>Antwoordbrief publiceren</SubmitButton>
    </ActionForm>
  );
}
