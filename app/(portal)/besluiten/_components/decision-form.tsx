"use client";

import { useState } from "react";
import type { DecisionView } from "@/db/queries/decisions";
import { ActionForm, useFormState } from "@/components/form/action-form";
import { CheckboxField, SelectField, SubmitButton, TextField, TextareaField } from "@/components/form/fields";
import { formatDate, isRealIsoDate } from "@/lib/dates";
import { decisionStatusLabels } from "@/lib/decisions/labels";
import { MILESTONE_PLAN, proposeMilestones } from "@/lib/decisions/milestone-proposal";
import { options } from "@/lib/labels";
import { createDecisionAction, updateDecisionAction } from "../actions";

const markdownHint = "Een genummerde lijst schrijft u als 1. 2. 3. aan het begin van een regel; een lege regel begint een nieuwe alinea.";

/** The fields of a collegebesluit, in the order of the college's own template (seed 002). */
function DecisionFields({ decision, dateField }: { decision?: DecisionView; dateField: React.ReactNode }) {
  return (
    <>
      <TextField name="number" label="Nummer" required defaultValue={decision?.number} description="Het nummer dat het college aan het besluit gaf, zoals 2023-0412. Elk besluit heeft een eigen nummer." />
      {dateField}
      <TextField name="subject" label="Onderwerp" required defaultValue={decision?.subject} />
      <TextareaField name="decisionPoints" label="Beslispunten" required rows={6} defaultValue={decision?.decisionPoints} description={`Wat het college besloot. ${markdownHint}`} />
      <TextareaField name="arguments" label="Argumenten" rows={6} defaultValue={decision?.arguments} />
      <TextareaField name="considerations" label="Kanttekeningen" rows={5} defaultValue={decision?.considerations} />
      <TextareaField name="finances" label="Financiën" rows={3} defaultValue={decision?.finances} />
      <TextareaField name="communication" label="Communicatie" rows={4} defaultValue={decision?.communication} />
      <SelectField name="status" label="Status" required defaultValue={decision?.status ?? "in_progress"} options={options(decisionStatusLabels)}
        description="Uitgevoerd: alles is gedaan. Ingetrokken: het college heeft het besluit teruggedraaid." />
    </>
  );
}

/** The decision's fields, then the milestones the portal proposes from its date, updated while the griffie types. */
function NewDecisionFields() {
  const { state } = useFormState();
  const typed = state && !state.ok ? state.values?.decidedOn : undefined;
  const [decidedOn, setDecidedOn] = useState(typeof typed === "string" ? typed : "");
  const proposal = isRealIsoDate(decidedOn) ? proposeMilestones(decidedOn) : null;
  const keepAccepted = state && !state.ok && state.values ? state.values.acceptMilestones === "ja" : true;
  const dateField = (
    <div onInput={(event) => setDecidedOn((event.target as HTMLInputElement).value)}>
      <TextField name="decidedOn" label="Datum van het besluit" type="date" required description="De datum waarop het college besloot. Daarvan hangen de voorgestelde mijlpalen onderaan af." />
    </div>
  );
  return (
    <>
      <DecisionFields dateField={dateField} />
      <fieldset className="utrecht-form-fieldset flex flex-col gap-3 border-l-4 border-border pl-4">
        <legend className="utrecht-form-fieldset__legend utrecht-form-label">Voorgestelde mijlpalen</legend>
        <p className="utrecht-paragraph">Het portaal plant de uitvoering zoals in het besluit over apps uit risicolanden:</p>
        <ul className="utrecht-unordered-list" aria-live="polite">
          {MILESTONE_PLAN.map((step, i) => (
            <li key={step.title} className="utrecht-unordered-list__item">
              {step.title}: {step.weeks} weken na het besluit{proposal ? `, op ${formatDate(proposal[i].dueOn)}` : ""}
            </li>
          ))}
        </ul>
        <CheckboxField name="acceptMilestones" label="Neem deze mijlpalen over" defaultChecked={keepAccepted}
          description="U kunt de mijlpalen daarna nog wijzigen, een eigenaar geven of verwijderen." />
      </fieldset>
    </>
  );
}

export function NewDecisionForm() {
  return (
    <ActionForm action={createDecisionAction} className="flex max-w-3xl flex-col gap-6">
      <NewDecisionFields />
      <SubmitButton>Besluit registreren</SubmitButton>
    </ActionForm>
  );
}

export function EditDecisionForm({ decision }: { decision: DecisionView }) {
  return (
    <ActionForm action={updateDecisionAction} className="flex max-w-3xl flex-col gap-6">
      <input type="hidden" name="id" value={decision.id} />
      <DecisionFields decision={decision} dateField={
        <TextField name="decidedOn" label="Datum van het besluit" type="date" required defaultValue={decision.decidedOn}
          description="Verandert u de datum, dan blijven de mijlpalen staan. Pas hun datums zo nodig zelf aan." />
      } />
      <SubmitButton>Wijzigingen opslaan</SubmitButton>
    </ActionForm>
  );
}
