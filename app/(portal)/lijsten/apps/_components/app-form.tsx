"use client";

import { ActionForm } from "@/components/form/action-form";
import { CheckboxField, SelectField, SubmitButton, TextField, TextareaField } from "@/components/form/fields";
import { measureLabels, options, sourceLabels } from "@/lib/labels";
import { createAppAction, updateAppAction } from "../actions";

export type EditableApp = {
  id: number;
  name: string;
  vendorId: number;
  category: string;
  measure: string;
  source: string;
  sourceNote: string | null;
  iosBundleId: string | null;
  iosIdSource: string | null;
  iosVerified: boolean;
  androidPackage: string | null;
  androidIdSource: string | null;
  androidVerified: boolean;
  notes: string | null;
};

export function AppForm({ app, vendorOptions }: { app?: EditableApp; vendorOptions: { value: string; label: string }[] }) {
  return (
    <ActionForm action={app ? updateAppAction : createAppAction}>
      {app ? <input type="hidden" name="id" value={app.id} /> : null}
      <TextField name="name" label="Naam van de app" defaultValue={app?.name} required />
      <SelectField name="vendorId" label="Leverancier" options={vendorOptions} placeholder="Kies een leverancier"
        description="Staat de leverancier er niet bij? Voeg die eerst toe bij Leveranciers." defaultValue={app ? String(app.vendorId) : ""} required />
      <TextField name="category" label="Categorie" description="Bijvoorbeeld Sociale media, Winkelen of VPN." defaultValue={app?.category} required />
      <SelectField name="measure" label="Maatregel" options={options(measureLabels)} defaultValue={app?.measure ?? "banned"} required />
      <SelectField name="source" label="Bron" options={options(sourceLabels)} defaultValue={app?.source ?? "own_finding"} required />
      <TextField name="sourceNote" label="Toelichting op de bron" description="Bijvoorbeeld het document of de datum." defaultValue={app?.sourceNote} />

      <fieldset className="utrecht-form-fieldset flex flex-col gap-4">
        <legend className="utrecht-form-fieldset__legend utrecht-heading-3">iPhone en iPad (iOS)</legend>
        <TextField name="iosBundleId" label="iOS-bundel-ID" description="De ID die apparaatbeheer (MDM) gebruikt om de app te blokkeren, bijvoorbeeld com.zhiliaoapp.musically." defaultValue={app?.iosBundleId} />
        <TextField name="iosIdSource" label="Herkomst van de bundel-ID" description="Waar komt deze ID vandaan? Bijvoorbeeld een openbare lijst of de App Store." defaultValue={app?.iosIdSource} />
        <CheckboxField name="iosVerified" label="Ik heb deze bundel-ID gecontroleerd in de App Store" defaultChecked={app?.iosVerified} />
      </fieldset>

      <fieldset className="utrecht-form-fieldset flex flex-col gap-4">
        <legend className="utrecht-form-fieldset__legend utrecht-heading-3">Android</legend>
        <TextField name="androidPackage" label="Android-pakketnaam" description="Bijvoorbeeld com.tencent.mm." defaultValue={app?.androidPackage} />
        <TextField name="androidIdSource" label="Herkomst van de pakketnaam" defaultValue={app?.androidIdSource} />
        <CheckboxField name="androidVerified" label="Ik heb deze pakketnaam gecontroleerd in Google Play" defaultChecked={app?.androidVerified} />
      </fieldset>

      <TextareaField name="notes" label="Opmerkingen" defaultValue={app?.notes} />
      <SubmitButton>{app ? "Wijzigingen opslaan" : "App toevoegen aan het concept"}</SubmitButton>
    </ActionForm>
  );
}
