"use client";

import { ActionForm } from "@/components/form/action-form";
import { CheckboxGroup, SubmitButton, TextareaField, TextField } from "@/components/form/fields";
import { conditionPresets } from "@/lib/exemptions/rules";
import { approveExemptionAction, rejectExemptionAction, revokeExemptionAction, withdrawExemptionAction } from "../actions";

const hidden = (id: number) => <input type="hidden" name="id" value={id} />;

/** Approve (with conditions and an end date) or reject, for a CISO who may decide on this request. */
export function DecisionForms({ id, endsOn, conditions, maxDate, needsSecond }: { id: number; endsOn: string; conditions: string | null; maxDate: string; needsSecond: boolean }) {
  const lines = conditions ? conditions.split("\n") : [];
  const presets = lines.filter((l) => (conditionPresets as readonly string[]).includes(l));
  const other = lines.filter((l) => !presets.includes(l)).join("\n");
  return (
    <section aria-labelledby="besluit" className="flex max-w-2xl flex-col gap-10">
      <h2 id="besluit" className="utrecht-heading-2">Besluit</h2>
      <ActionForm action={approveExemptionAction}>
        {hidden(id)}
        {needsSecond ? (
          <p className="utrecht-paragraph">De aanvrager is bestuurder. Na uw goedkeuring moet een tweede CISO de aanvraag ook goedkeuren.</p>
        ) : null}
        <CheckboxGroup name="presets" legend="Voorwaarden" description="Kies wat van toepassing is. U kunt hieronder ook zelf een voorwaarde schrijven."
          options={conditionPresets.map((c) => ({ value: c, label: c }))} defaultValues={presets} />
        <TextareaField name="conditions" label="Andere voorwaarden" rows={3} defaultValue={other}
          description="De aanvrager ziet de voorwaarden op deze pagina en in de e-mail." />
        <TextField name="endsOn" label="Geldig tot en met" type="date" required defaultValue={endsOn}
          description={`Niet later dan de gevraagde datum en hoogstens 12 maanden vooruit (uiterlijk ${maxDate}).`} />
        <SubmitButton>Goedkeuren</SubmitButton>
      </ActionForm>
      <ActionForm action={rejectExemptionAction}>
        {hidden(id)}
        <TextareaField name="rejectionReason" label="Reden van afwijzen" required rows={3}
          description="Nodig als u afwijst. De aanvrager leest de reden op deze pagina en in de e-mail." />
        <SubmitButton variant="secondary">Afwijzen</SubmitButton>
      </ActionForm>
    </section>
  );
}

export function RevokeForm({ id }: { id: number }) {
  return (
    <section aria-labelledby="intrekken" className="max-w-2xl">
      <h2 id="intrekken" className="utrecht-heading-2 mb-4">Uitzondering intrekken</h2>
      <ActionForm action={revokeExemptionAction}>
        {hidden(id)}
        <TextareaField name="revokeReason" label="Reden van intrekken" required rows={3}
          description="De uitzondering stopt meteen. De aanvrager krijgt de reden per e-mail." />
        <SubmitButton variant="secondary">Uitzondering intrekken</SubmitButton>
      </ActionForm>
    </section>
  );
}

/** Only the requester can take back a request that is not yet decided. */
export function WithdrawForm({ id }: { id: number }) {
  return (
    <ActionForm action={withdrawExemptionAction}>
      {hidden(id)}
      <SubmitButton variant="secondary">Aanvraag intrekken</SubmitButton>
    </ActionForm>
  );
}
