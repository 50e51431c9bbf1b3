"use client";

import { ActionForm } from "@/components/form/action-form";
import { SelectField, SubmitButton, TextareaField, TextField } from "@/components/form/fields";
import type { ExemptionReason } from "@/db/schema/enums";
import { formatDate } from "@/lib/dates";
import { exemptionReasonLabels, options } from "@/lib/labels";
import { requestExemptionAction } from "../actions";
import { RadioGroup } from "./radio-group";

export type Prefill = { renewalOfId: number; appId: number; appName: string; device: string; reason: ExemptionReason; justification: string };

export function RequestForm({ apps, maxDate, prefill }: { apps: { appId: number; name: string }[]; maxDate: string; prefill?: Prefill }) {
  return (
    <ActionForm action={requestExemptionAction}>
      {prefill ? <input type="hidden" name="renewalOfId" value={prefill.renewalOfId} /> : null}
      <SelectField name="appId" label="App" required placeholder="Kies een app" defaultValue={prefill ? String(prefill.appId) : undefined}
        description="Alleen apps op de huidige lijst. Staat de app er niet op? Dan heeft u geen uitzondering nodig."
        options={apps.map((a) => ({ value: String(a.appId), label: a.name }))} />
      <TextField name="device" label="Toestel of gebruik" required defaultValue={prefill?.device}
        description="Bijvoorbeeld: mijn dienstelefoon, of een aparte telefoon van het team zonder werkaccounts." />
      <RadioGroup name="reason" legend="Waarvoor heeft u de app nodig?" options={options(exemptionReasonLabels)} defaultValue={prefill?.reason} />
      <TextareaField name="justification" label="Toelichting" required rows={5} defaultValue={prefill?.justification}
        description="Leg uit waarom de app nodig is voor uw taak en waarom het niet anders kan. Minstens 30 tekens." />
      <TextField name="requestedUntil" label="Tot wanneer heeft u de app nodig?" type="date" required
        description={`Een datum na vandaag en hoogstens 12 maanden vooruit (uiterlijk ${formatDate(maxDate)}).`} />
      <SubmitButton>Aanvraag versturen</SubmitButton>
    </ActionForm>
  );
}
