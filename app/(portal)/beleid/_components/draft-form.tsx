"use client";

import type { PolicyVersion } from "@/db/queries/policy-audience";
import { ActionForm } from "@/components/form/action-form";
import { CheckboxField, CheckboxGroup, SelectField, SubmitButton, TextField, TextareaField } from "@/components/form/fields";
import { riskGroupLabels } from "@/lib/labels";
import { saveDraftAction } from "../actions";

type Option = { value: string; label: string };

const audienceOptions: Option[] = [
  { value: "allStaff", label: "Alle medewerkers" },
  { value: "councilWithDevice", label: "Raadsleden met een telefoon of tablet van de gemeente" },
];
const riskGroupOptions = (Object.keys(riskGroupLabels) as (keyof typeof riskGroupLabels)[]).map((g) => ({ value: g, label: riskGroupLabels[g] }));
const stricterOptions = riskGroupOptions.filter((o) => o.value !== "standard");

/** Everything the CISO sets on the draft, in the order they think about it: text, list, dates, who, reminders. */
export function DraftForm({ draft, listOptions, departmentOptions }: { draft: PolicyVersion; listOptions: Option[]; departmentOptions: Option[] }) {
  const audience = [draft.audienceAllStaff ? "allStaff" : null, draft.audienceCouncilWithDevice ? "councilWithDevice" : null].filter((v): v is string => v !== null);
  const ladder = draft.reminderLadder;
  return (
    <ActionForm action={saveDraftAction} className="flex max-w-3xl flex-col gap-6">
      <input type="hidden" name="id" value={draft.id} />
      <TextField name="title" label="Titel" required defaultValue={draft.title} />
      <TextareaField name="body" label="Tekst van het beleid" required rows={18} defaultValue={draft.body}
        description="In Markdown: ## voor een kopje, - voor een opsomming, **vet** en [tekst](https://adres) voor een link. Afbeeldingen en HTML worden niet getoond. Na opslaan ziet u onder het formulier hoe de tekst eruitziet." />
      <SelectField name="listVersionId" label="Lijstversie" required defaultValue={String(draft.listVersionId)} options={listOptions}
        description="De lijst met apps waar dit beleid over gaat. Medewerkers zien deze lijst bij het beleid." />
      <TextField name="effectiveOn" label="Gaat in op" type="date" required defaultValue={draft.effectiveOn}
        description="Vanaf deze datum vraagt het portaal om kennisname. Ligt de datum in de toekomst, dan blijft de huidige versie tot dan gelden." />
      <TextField name="acknowledgeBy" label="Kennisnemen vóór" type="date" required defaultValue={draft.acknowledgeBy}
        description="De uiterste datum om kennis te nemen en de apps te verwijderen. Niet vóór de ingangsdatum." />
      <TextField name="newJoinerDays" label="Dagen voor nieuwe medewerkers" required inputMode="numeric" defaultValue={String(draft.newJoinerDays)}
        description="Wie later in dienst komt, krijgt zoveel dagen vanaf de eerste werkdag." />
      <CheckboxGroup name="audience" legend="Voor wie geldt dit beleid?" options={audienceOptions} defaultValues={audience}
        description="Kies minstens één doelgroep. Wilt u alleen bepaalde afdelingen of risicogroepen, zet dan 'Alle medewerkers' uit en kies hieronder." />
      <CheckboxGroup name="departmentIds" legend="Alleen deze afdelingen" options={departmentOptions} defaultValues={draft.audienceDepartmentIds.map(String)} />
      <CheckboxGroup name="riskGroups" legend="Alleen deze risicogroepen" options={riskGroupOptions} defaultValues={draft.audienceRiskGroups} />
      <TextareaField name="stricterMeasure" label="Strengere maatregel" rows={3} defaultValue={draft.stricterMeasure}
        description="Volgens het VNG-advies lopen bestuurders, topfuncties en functies met een veiligheidsrisico het grootste risico. Bijvoorbeeld: Ook op uw privételefoon staan deze apps niet." />
      <CheckboxGroup name="stricterRiskGroups" legend="De strengere maatregel geldt voor" options={stricterOptions} defaultValues={draft.stricterRiskGroups} />
      <fieldset className="utrecht-form-fieldset flex flex-col gap-3">
        <legend className="utrecht-form-fieldset__legend utrecht-form-label">Herinneringen per e-mail</legend>
        <CheckboxField name="atPublication" label="Bij publicatie (of op de ingangsdatum)" defaultChecked={ladder.atPublication} />
        <TextField name="daysBefore" label="Dagen vóór de uiterste datum" defaultValue={ladder.daysBefore.join(", ")}
          description="Hele dagen met komma's ertussen, zoals 7, 1. Laat leeg voor geen herinnering vooraf." />
        <CheckboxField name="onDueDate" label="Op de uiterste datum" defaultChecked={ladder.onDueDate} />
        <CheckboxField name="weeklyWhileOverdue" label="Daarna elke week, zolang iemand nog geen kennis heeft genomen" defaultChecked={ladder.weeklyWhileOverdue} />
      </fieldset>
      <SubmitButton>Concept opslaan en voorbeeld bekijken</SubmitButton>
    </ActionForm>
  );
}
