"use client";

import { ActionForm } from "@/components/form/action-form";
import { CheckboxGroup, SelectField, SubmitButton, TextField, TextareaField } from "@/components/form/fields";
import type { ActionState } from "@/lib/action";
import type { MemoAudience } from "@/db/schema/enums";

type Option = { value: string; label: string };

export type MemoFormValues = {
  subject: string;
  sender: string;
  memoDate: string;
  audiences: MemoAudience[];
  body: string;
  contactName: string;
  contactDetails: string | null;
  listVersionId: number | null;
};

/** Everything on a memo, in the order of its head: subject, from, date, to; then the text, the contact and the list. */
export function MemoForm({ action, values, hidden, audienceOptions, listOptions, submitLabel }: {
  action: (prev: ActionState, data: FormData) => Promise<ActionState>;
  values: MemoFormValues;
  hidden: Record<string, string>;
  audienceOptions: Option[];
  listOptions: Option[];
  submitLabel: string;
}) {
  return (
    <ActionForm action={action} className="flex max-w-3xl flex-col gap-6">
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <TextField name="subject" label="Onderwerp" required defaultValue={values.subject} />
      <TextField name="sender" label="Van" required defaultValue={values.sender} description="Wie de memo stuurt, zoals: Marieke de Vries (CISO) en de griffie." />
      <TextField name="memoDate" label="Datum" type="date" required defaultValue={values.memoDate} />
      <CheckboxGroup name="audiences" legend="Aan" options={audienceOptions} defaultValues={values.audiences}
        description="Kies minstens één doelgroep voordat u publiceert. Leden van het college zijn geen medewerkers: kies het college apart als zij de memo moeten krijgen." />
      <TextareaField name="body" label="Tekst van de memo" required rows={16} defaultValue={values.body}
        description="In Markdown: ## voor een kopje, - voor een opsomming, **vet** en [tekst](https://adres) voor een link. Afbeeldingen en HTML worden niet getoond." />
      <TextField name="contactName" label="Contactpersoon" required defaultValue={values.contactName} description="Bij wie lezers terechtkunnen met vragen." />
      <TextField name="contactDetails" label="Gegevens van de contactpersoon" defaultValue={values.contactDetails} description="Bijvoorbeeld een e-mailadres en een telefoonnummer." />
      <SelectField name="listVersionId" label="Lijst van apps in de memo" defaultValue={values.listVersionId ? String(values.listVersionId) : ""} options={listOptions}
        placeholder="Geen lijst in deze memo" description="De lijst zoals die gold in de gekozen lijstversie komt als tabel in de memo en in de PDF." />
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
