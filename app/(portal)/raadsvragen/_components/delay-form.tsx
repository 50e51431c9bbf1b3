"use client";

import { ActionForm } from "@/components/form/action-form";
import { SubmitButton, TextareaField, TextField } from "@/components/form/fields";
import { recordDelayAction } from "../actions";

/** The griffie records an uitstelbericht: the college told the raad the answer comes later. */
export function DelayForm({ id, today, currentDue }: { id: number; today: string; currentDue: string }) {
  return (
    <ActionForm action={recordDelayAction}>
      <input type="hidden" name="id" value={id} />
      <TextField name="noticeOn" label="Datum van het uitstelbericht" type="date" required defaultValue={today} />
      <TextField name="newDueOn" label="Nieuwe uiterste datum" type="date" required description={`Moet na de huidige uiterste datum liggen (${currentDue}).`} />
      <TextareaField name="reason" label="Reden van het uitstel" required rows={3} description="Zoals het college het in het uitstelbericht schrijft." />
      <SubmitButton variant="secondary">Uitstelbericht vastleggen</SubmitButton>
    </ActionForm>
  );
}
