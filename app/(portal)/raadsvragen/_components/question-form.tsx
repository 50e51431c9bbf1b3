"use client";

import { ActionForm } from "@/components/form/action-form";
import { SubmitButton, TextareaField, TextField } from "@/components/form/fields";
import type { ActionState } from "@/lib/action";

export type QuestionFormValues = {
  id?: number;
  reference: string;
  subject: string;
  submitters: string;
  faction: string;
  questionType: string;
  receivedOn: string;
  rulesArticle: string;
  introduction: string;
  questions: string;
};

/**
 * Register or edit a raadsvraag. The numbered questions go in one text box, a blank line between them: it works
 * without JavaScript, and nothing typed is lost when the form comes back with an error.
 */
export function QuestionForm({ action, values, submitLabel, termNote }: { action: (prev: ActionState, data: FormData) => Promise<ActionState>; values: QuestionFormValues; submitLabel: string; termNote: string }) {
  return (
    <ActionForm action={action} className="flex max-w-3xl flex-col gap-6">
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <TextField name="reference" label="Kenmerk" required defaultValue={values.reference} description="Het kenmerk van de griffie, zoals RIS 2026-014. Elk kenmerk komt maar één keer voor." />
      <TextField name="subject" label="Onderwerp" required defaultValue={values.subject} />
      <TextareaField name="submitters" label="Indiener of indieners" required rows={2} defaultValue={values.submitters} description="Eén naam per regel." />
      <TextField name="faction" label="Fractie" required defaultValue={values.faction} />
      <TextField name="questionType" label="Soort vragen" required defaultValue={values.questionType} description="Meestal: schriftelijke vragen." />
      <TextField name="receivedOn" label="Ontvangen op" type="date" required defaultValue={values.receivedOn} description={termNote} />
      <TextField name="rulesArticle" label="Artikel van het Reglement van Orde" required defaultValue={values.rulesArticle} description="Bijvoorbeeld: artikel 41." />
      <TextareaField name="introduction" label="Inleiding" rows={5} defaultValue={values.introduction} description="De toelichting van de indiener, vóór de vragen." />
      <TextareaField name="questions" label="Vragen" required rows={14} defaultValue={values.questions}
        description="Zet een lege regel tussen twee vragen. Het portaal nummert de vragen zelf; een nummer als “1.” aan het begin mag blijven staan." />
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
