import { CheckboxField, CheckboxGroup, SelectField, TextareaField, TextField } from "@/components/form/fields";
import { councilSeatLabels, options, riskGroupLabels, roleLabels } from "@/lib/labels";
import type { Role } from "@/db/schema/enums";

type UserDefaults = { name?: string; roles?: Role[]; departmentId?: number | null; riskGroup?: string; jobTitle?: string | null; hasMunicipalDevice?: boolean; councilSeat?: string | null };

/**
 * The fields a beheerder fills in for a user, on the new and the edit page alike. On one's own
 * account the roles are shown but cannot be changed (the action refuses it as well).
 */
export function UserFields({ defaults = {}, departmentOptions, afterName, ownAccount = false }: { defaults?: UserDefaults; departmentOptions: { value: string; label: string }[]; afterName?: React.ReactNode; ownAccount?: boolean }) {
  return (
    <>
      <TextField name="name" label="Naam" required defaultValue={defaults.name} autoComplete="off" />
      {afterName}
      {ownAccount ? (
        <div className="flex flex-col gap-1">
          <p className="utrecht-paragraph"><strong>Rollen:</strong> {(defaults.roles ?? []).map((r) => roleLabels[r]).join(", ")}</p>
          <p className="utrecht-paragraph">U kunt uw eigen rollen niet wijzigen. Vraag dat aan een andere beheerder.</p>
          {(defaults.roles ?? []).map((r) => <input key={r} type="hidden" name="roles" value={r} />)}
        </div>
      ) : (
        <>
          <CheckboxGroup
            name="roles"
            legend="Rollen"
            description="Kies minstens één rol. Iemand kan meer rollen hebben. Beheerder geeft toegang tot gebruikers en organisatie, niet tot de lijsten. De rol CISO of Beheerder geven kan alleen met goedkeuring van een tweede beheerder."
            options={options(roleLabels)}
            defaultValues={defaults.roles ?? ["medewerker"]}
          />
          <TextareaField name="roleReason" label="Waarom krijgt deze persoon de rol CISO of Beheerder?" rows={2}
            description="Alleen nodig als u de rol CISO of Beheerder geeft. Een tweede beheerder leest de reden en beslist. Tot die goedkeuring heeft de persoon de rol niet." />
        </>
      )}
      <SelectField name="departmentId" label="Afdeling" defaultValue={defaults.departmentId ? String(defaults.departmentId) : ""}
        options={departmentOptions} placeholder="Geen afdeling" />
      <SelectField name="riskGroup" label="Risicogroep" required defaultValue={defaults.riskGroup ?? "standard"}
        description="Volgens het VNG-advies lopen bestuurders het meeste risico. De risicogroep bepaalt de voorrang in rapportages."
        options={options(riskGroupLabels)} />
      <TextField name="jobTitle" label="Functie" defaultValue={defaults.jobTitle} description="Bijvoorbeeld Toezichthouder of Wethouder." />
      <SelectField name="councilSeat" label="Raad of college" defaultValue={defaults.councilSeat ?? ""}
        description="Bepaalt welke memo's deze persoon krijgt. Bestuurders zijn geen ambtenaren: een wethouder krijgt memo's voor het college, niet die voor medewerkers."
        options={options(councilSeatLabels)} placeholder="Geen (medewerker of anders)" />
      <CheckboxField name="hasMunicipalDevice" label="Heeft een telefoon of tablet van de gemeente" defaultChecked={defaults.hasMunicipalDevice ?? false}
        description="Vooral van belang voor raadsleden: met een apparaat van de gemeente krijgen zij ook de vraag om kennis te nemen van het beleid." />
    </>
  );
}
