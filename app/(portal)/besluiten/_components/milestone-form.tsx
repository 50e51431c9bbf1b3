"use client";

import type { MilestoneView } from "@/db/queries/decisions";
import { ActionForm, useFormState } from "@/components/form/action-form";
import { fieldId } from "@/components/form/error-summary";
import { CheckboxField, SelectField, SubmitButton, TextField } from "@/components/form/fields";
import { createMilestoneAction, removeMilestoneAction, updateMilestoneAction } from "../actions";

type Option = { value: string; label: string };
export type EvidenceGroups = { memo: Option[]; policy: Option[]; list: Option[] };

const groupLabels: Record<keyof EvidenceGroups, string> = { memo: "Memo's", policy: "Beleidsversies", list: "Lijstversies" };

/** One select with a group per kind: a milestone points at one piece of evidence at most. */
function EvidenceSelect({ groups, defaultValue }: { groups: EvidenceGroups; defaultValue: string }) {
  const { state } = useFormState();
  const id = fieldId("evidence");
  const error = state?.fieldErrors?.evidence?.[0];
  const typed = state && !state.ok ? state.values?.evidence : undefined;
  const value = typeof typed === "string" ? typed : defaultValue;
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>Bewijs<span className="font-normal"> (niet verplicht)</span></label>
      </div>
      <div id={`${id}-uitleg`} className="utrecht-form-field-description utrecht-form-field__description">
        Waaruit blijkt dat de mijlpaal is gehaald: een gepubliceerd memo, een gepubliceerde beleidsversie of een lijstversie.
      </div>
      {error ? <div id={`${id}-fout`} className="utrecht-form-field-error-message utrecht-form-field__error-message portal-field-error">{error}</div> : null}
      <div className="utrecht-form-field__input">
        <select key={`evidence-${value}`} id={id} name="evidence" defaultValue={value} aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-uitleg`, error ? `${id}-fout` : null].filter(Boolean).join(" ")}
          className={`utrecht-select utrecht-select--html-select${error ? " utrecht-select--invalid" : ""}`}>
          <option value="">Nog geen bewijs</option>
          {(Object.keys(groupLabels) as (keyof EvidenceGroups)[]).map((kind) =>
            groups[kind].length ? (
              <optgroup key={kind} label={groupLabels[kind]}>
                {groups[kind].map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </optgroup>
            ) : null,
          )}
        </select>
      </div>
    </div>
  );
}

const evidenceValue = (m?: MilestoneView) => (m?.evidence ? `${m.evidence.kind}:${m.evidence.id}` : "");

function MilestoneFields({ milestone, owners, evidence }: { milestone?: MilestoneView; owners: Option[]; evidence: EvidenceGroups }) {
  return (
    <>
      <TextField name="title" label="Mijlpaal" required defaultValue={milestone?.title} description="Bijvoorbeeld: Start communicatie, of Afronding." />
      <SelectField name="ownerId" label="Eigenaar" defaultValue={milestone?.ownerId ?? ""} options={owners} placeholder="Nog niemand"
        description="Wie ervoor zorgt dat deze mijlpaal op tijd klaar is." />
      <TextField name="dueOn" label="Klaar op" type="date" required defaultValue={milestone?.dueOn} description="De datum waarop de mijlpaal klaar moet zijn." />
      <TextField name="doneOn" label="Gereed op" type="date" defaultValue={milestone?.doneOn} description="Vul in wanneer de mijlpaal klaar was. Leeg laten zolang hij nog loopt." />
      <EvidenceSelect groups={evidence} defaultValue={evidenceValue(milestone)} />
    </>
  );
}

export function NewMilestoneForm({ decisionId, owners, evidence }: { decisionId: number; owners: Option[]; evidence: EvidenceGroups }) {
  return (
    <ActionForm action={createMilestoneAction} className="flex max-w-2xl flex-col gap-6">
      <input type="hidden" name="decisionId" value={decisionId} />
      <MilestoneFields owners={owners} evidence={evidence} />
      <SubmitButton>Mijlpaal toevoegen</SubmitButton>
    </ActionForm>
  );
}

export function EditMilestoneForm({ milestone, owners, evidence }: { milestone: MilestoneView; owners: Option[]; evidence: EvidenceGroups }) {
  return (
    <ActionForm action={updateMilestoneAction} className="flex max-w-2xl flex-col gap-6">
      <input type="hidden" name="id" value={milestone.id} />
      <MilestoneFields milestone={milestone} owners={owners} evidence={evidence} />
      <SubmitButton>Mijlpaal opslaan</SubmitButton>
    </ActionForm>
  );
}

export function RemoveMilestoneForm({ milestoneId, title }: { milestoneId: number; title: string }) {
  return (
    <ActionForm action={removeMilestoneAction} className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="id" value={milestoneId} />
      <CheckboxField name="confirm" label={`Ja, verwijder de mijlpaal "${title}"`} description="Het auditlog bewaart wat er stond." />
      <SubmitButton variant="secondary">Mijlpaal verwijderen</SubmitButton>
    </ActionForm>
  );
}
