"use client";

import { ActionForm } from "@/components/form/action-form";
import { SelectField, SubmitButton, TextField, TextareaField } from "@/components/form/fields";
import { createVendorAction, updateVendorAction } from "../actions";

type Vendor = { id: number; name: string; countryId: number; notes: string | null };

export function VendorForm({ vendor, countryOptions }: { vendor?: Vendor; countryOptions: { value: string; label: string }[] }) {
  return (
    <ActionForm action={vendor ? updateVendorAction : createVendorAction}>
      {vendor ? <input type="hidden" name="id" value={vendor.id} /> : null}
      <TextField name="name" label="Naam" description="Bijvoorbeeld Bytedance of Tencent." defaultValue={vendor?.name} required />
      <SelectField name="countryId" label="Land van zeggenschap" description="Het land waar de leverancier onder valt." options={countryOptions}
        placeholder="Kies een land" defaultValue={vendor ? String(vendor.countryId) : ""} required />
      <TextareaField name="notes" label="Toelichting" description="Bijvoorbeeld de bron waaruit het land van zeggenschap blijkt." defaultValue={vendor?.notes} />
      <SubmitButton>{vendor ? "Wijzigingen opslaan" : "Leverancier toevoegen"}</SubmitButton>
    </ActionForm>
  );
}
