import { CheckboxGroup, SelectField, TextField } from "@/components/form/fields";
import { options, riskGroupLabels, roleLabels } from "@/lib/labels";

type UserDefaults = { name?: string; roles?: string[]; departmentId?: number | null; riskGroup?: string; jobTitle?: string | null };

/** The fields a beheerder fills in for a user, on the new and the edit page alike. */
export function UserFields({ defaults = {}, departmentOptions, afterName }: { defaults?: UserDefaults; departmentOptions: { value: string; label: string }[]; afterName?: React.ReactNode }) {
  return (
    <>
      <TextField name="name" label="Naam" required defaultValue={defaults.name} autoComplete="off" />
      {afterName}
      <CheckboxGroup
        name="roles"
        legend="Rollen"
        description="Kies minstens één rol. Iemand kan meer rollen hebben. Beheerder geeft toegang tot gebruikers en organisatie, niet tot de lijsten."
        options={options(roleLabels)}
        defaultValues={defaults.roles ?? ["medewerker"]}
      />
      <SelectField name="departmentId" label="Afdeling" defaultValue={defaults.departmentId ? String(defaults.departmentId) : ""}
        options={departmentOptions} placeholder="Geen afdeling" />
      <SelectField name="riskGroup" label="Risicogroep" required defaultValue={defaults.riskGroup ?? "standard"}
        description="Volgens het VNG-advies lopen bestuurders het meeste risico. De risicogroep bepaalt de voorrang in rapportages."
        options={options(riskGroupLabels)} />
      <TextField name="jobTitle" label="Functie" defaultValue={defaults.jobTitle} description="Bijvoorbeeld Toezichthouder of Wethouder." />
    </>
  );
}
