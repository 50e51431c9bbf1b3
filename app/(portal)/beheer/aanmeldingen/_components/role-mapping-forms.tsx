import { ActionForm } from "@/components/form/action-form";
import { SelectField, SubmitButton, TextField } from "@/components/form/fields";
import { addRoleMappingAction, removeRoleMappingAction } from "../actions";

export function AddRoleMappingForm({ roleOptions, claimName }: { roleOptions: { value: string; label: string }[]; claimName: string }) {
  return (
    <ActionForm action={addRoleMappingAction}>
      <TextField name="claimValue" label="App-rol of groep" required autoComplete="off"
        description={`Zoals die in het token staat, in de claim "${claimName}". Bij Entra ID de waarde van de app-rol, of het object-ID van de groep.`} />
      <SelectField name="role" label="Voorgestelde rol" required options={roleOptions}
        description="CISO en Beheerder kunt u niet kiezen: die rollen geeft u altijd met de hand, met goedkeuring van een tweede beheerder." />
      <SubmitButton>Koppeling toevoegen</SubmitButton>
    </ActionForm>
  );
}

export function RemoveRoleMappingForm({ id, label }: { id: number; label: string }) {
  return (
    <ActionForm action={removeRoleMappingAction} className="flex flex-col gap-2">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        Verwijderen<span className="sr-only"> (koppeling {label})</span>
      </button>
    </ActionForm>
  );
}
