"use client";

import { ActionForm } from "@/components/form/action-form";
import { SubmitButton, TextField, TextareaField } from "@/components/form/fields";
import { createCountryAction, delistCountryAction, relistCountryAction, updateCountryAction } from "../actions";

type Country = { id: number; code: string; name: string; basis: string; listedOn: string; nextReviewOn: string };

const reviewHelp = "De CISO kijkt op deze datum of het land nog op de lijst hoort. Kies vandaag of een latere datum.";

export function NewCountryForm({ today }: { today: string }) {
  return (
    <ActionForm action={createCountryAction}>
      <TextField name="code" label="Landcode" description="Twee letters volgens ISO 3166, bijvoorbeeld CN voor China." required />
      <TextField name="name" label="Naam" description="De Nederlandse naam, bijvoorbeeld China." required />
      <TextField name="basis" label="Grondslag" description="Waarom staat het land op de lijst? Bijvoorbeeld: AIVD-beschouwing van 23 februari 2023." required />
      <TextField name="listedOn" label="Op de lijst sinds" type="date" defaultValue={today} required />
      <TextField name="nextReviewOn" label="Volgende beoordeling" type="date" description={reviewHelp} required />
      <SubmitButton>Land toevoegen</SubmitButton>
    </ActionForm>
  );
}

export function EditCountryForm({ country }: { country: Country }) {
  return (
    <ActionForm action={updateCountryAction}>
      <input type="hidden" name="id" value={country.id} />
      <TextField name="name" label="Naam" defaultValue={country.name} required />
      <TextField name="basis" label="Grondslag" defaultValue={country.basis} required />
      <TextField name="nextReviewOn" label="Volgende beoordeling" type="date" description={reviewHelp} defaultValue={country.nextReviewOn} required />
      <SubmitButton>Wijzigingen opslaan</SubmitButton>
    </ActionForm>
  );
}

export function DelistCountryForm({ country, today }: { country: Country; today: string }) {
  return (
    <ActionForm action={delistCountryAction}>
      <input type="hidden" name="id" value={country.id} />
      <TextField name="delistedOn" label="Van de lijst per" type="date" defaultValue={today} required />
      <TextareaField name="delistReason" label="Reden" description="Bijvoorbeeld: nieuwe beschouwing van de AIVD. De reden blijft bewaard." required />
      <SubmitButton variant="secondary">Land van de lijst halen</SubmitButton>
    </ActionForm>
  );
}

export function RelistCountryForm({ id }: { id: number }) {
  return (
    <ActionForm action={relistCountryAction}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="secondary">Land weer op de lijst zetten</SubmitButton>
    </ActionForm>
  );
}
