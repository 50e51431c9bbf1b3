"use client";

import { ActionForm } from "@/components/form/action-form";
import { CheckboxField, SubmitButton } from "@/components/form/fields";
import { publishDecisionAction } from "../actions";

/** The explicit yes before a decision becomes visible to every reader; publishing happens once. */
export function PublishDecisionForm({ decisionId, number }: { decisionId: number; number: string }) {
  return (
    <ActionForm action={publishDecisionAction} className="flex max-w-3xl flex-col gap-4">
      <input type="hidden" name="id" value={decisionId} />
      <CheckboxField name="confirm" label={`Ja, publiceer besluit ${number}`}
        description="Ik heb de gegevens hierboven gecontroleerd. Na publicatie zien raadsleden, medewerkers en de open-data-API het besluit en de voortgang van de mijlpalen." />
      <SubmitButton>Besluit publiceren</SubmitButton>
    </ActionForm>
  );
}
