import type { PolicyDraftFields } from "@/db/queries/policy";
import type { PolicyVersion } from "@/db/queries/policy-audience";
import type { DraftInput } from "./schemas";

/** The form's answers as the columns of a policy version. */
export function fieldsFromInput(input: DraftInput): PolicyDraftFields {
  return {
    title: input.title,
    body: input.body,
    listVersionId: input.listVersionId,
    effectiveOn: input.effectiveOn,
    acknowledgeBy: input.acknowledgeBy,
    newJoinerDays: input.newJoinerDays,
    audienceAllStaff: input.audience.includes("allStaff"),
    audienceCouncilWithDevice: input.audience.includes("councilWithDevice"),
    audienceDepartmentIds: input.departmentIds,
    audienceRiskGroups: input.riskGroups,
    stricterMeasure: input.stricterMeasure,
    stricterRiskGroups: input.stricterMeasure ? input.stricterRiskGroups : [],
    reminderLadder: { atPublication: input.atPublication, daysBefore: input.daysBefore, onDueDate: input.onDueDate, weeklyWhileOverdue: input.weeklyWhileOverdue },
  };
}

/** Identifies the draft as shown on the confirmation page: any save since then changes it. */
export function draftFingerprint(draft: Pick<PolicyVersion, "id" | "updatedAt">): string {
  return `${draft.id}:${draft.updatedAt.toISOString()}`;
}

/** What a draft still lacks before it can be published (a new empty draft has no text yet), in Dutch. */
export function draftGaps(draft: PolicyVersion): string[] {
  const gaps: string[] = [];
  if (draft.body.trim().length < 20) gaps.push("Schrijf de tekst van het beleid.");
  if (draft.acknowledgeBy < draft.effectiveOn) gaps.push("De datum voor kennisname ligt vóór de ingangsdatum.");
  if (!draft.audienceAllStaff && !draft.audienceCouncilWithDevice && !draft.audienceDepartmentIds.length && !draft.audienceRiskGroups.length) gaps.push("Kies minstens één doelgroep.");
  return gaps;
}
