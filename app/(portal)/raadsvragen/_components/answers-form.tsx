"use client";

import { ActionForm } from "@/components/form/action-form";
import { SubmitButton, TextareaField } from "@/components/form/fields";
import { saveAnswersAction } from "../actions";

/** One form for every question: saving keeps what is written as a draft, empty answers stay open. */
export function AnswersForm({ id, items }: { id: number; items: { number: number; question: string; answer: string | null }[] }) {
  return (
    <ActionForm action={saveAnswersAction} className="flex max-w-3xl flex-col gap-8">
      <input type="hidden" name="id" value={id} />
      {items.map((item) => (
        <div key={item.number} className="flex flex-col gap-2 border-l-4 border-border pl-4">
          <p className="utrecht-paragraph whitespace-pre-line"><strong>Vraag {item.number}.</strong> {item.question}</p>
          <TextareaField name={`answer-${item.number}`} label={`Antwoord op vraag ${item.number}`} rows={4} defaultValue={item.answer} />
        </div>
      ))}
      <SubmitButton>Antwoorden opslaan</SubmitButton>
    </ActionForm>
  );
}
