"use client";

import { ActionForm } from "@/components/form/action-form";
import { SubmitButton, TextField } from "@/components/form/fields";
import { setManagedTotalAction } from "../actions";

/** The count of devices the MDM manages: without it, no figure can say how much of the fleet it covers. */
export function ManagedTotalForm({ current }: { current: number | null }) {
  return (
    <ActionForm action={setManagedTotalAction} className="flex max-w-xl flex-col gap-4">
      <TextField name="managedDeviceTotal" label="Aantal beheerde apparaten" inputMode="numeric" required defaultValue={current ? String(current) : ""}
        description="Het totaal aantal telefoons en tablets dat de gemeente in het MDM beheert, ook als ze niet in de inventaris staan. U vindt het in het MDM-overzicht van alle apparaten." />
      <SubmitButton variant="secondary">Aantal vastleggen</SubmitButton>
    </ActionForm>
  );
}
