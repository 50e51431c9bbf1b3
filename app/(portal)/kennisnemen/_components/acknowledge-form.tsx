"use client";

import { ActionForm } from "@/components/form/action-form";
import { CheckboxField, SubmitButton } from "@/components/form/fields";
import { acknowledgePolicyAction } from "../actions";

/** The two statements, both required; the labels are the sentences stored with the acknowledgement. */
export function AcknowledgeForm({ versionId, readLabel, removalLabel }: { versionId: number; readLabel: string; removalLabel: string }) {
  return (
    <ActionForm action={acknowledgePolicyAction}>
      <input type="hidden" name="policyVersionId" value={versionId} />
      <fieldset className="utrecht-form-fieldset flex flex-col gap-4">
        <legend className="utrecht-form-fieldset__legend utrecht-heading-3 mb-2">Uw verklaring</legend>
        <p className="utrecht-paragraph">Vink beide zinnen aan. Ze komen zo op uw ontvangstbewijs.</p>
        <CheckboxField name="read" label={readLabel} />
        <CheckboxField name="removal" label={removalLabel} />
      </fieldset>
      <SubmitButton>Ik neem kennis van het beleid</SubmitButton>
    </ActionForm>
  );
}
