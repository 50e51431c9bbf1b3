import type { ReminderLadder } from "@/db/schema/policy";
import type { PolicyVersion } from "@/db/queries/policy-audience";
import { riskGroupLabels } from "@/lib/labels";

const joinWords = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`);

/** Who a version asks, in words: "alle medewerkers en raadsleden met een telefoon of tablet van de gemeente". */
export function audienceWords(version: Pick<PolicyVersion, "audienceAllStaff" | "audienceDepartmentIds" | "audienceRiskGroups" | "audienceCouncilWithDevice">, departmentName: (id: number) => string): string {
  const parts: string[] = [];
  if (version.audienceAllStaff) parts.push("alle medewerkers");
  if (!version.audienceAllStaff && version.audienceDepartmentIds.length) parts.push(`medewerkers van ${joinWords(version.audienceDepartmentIds.map(departmentName))}`);
  if (!version.audienceAllStaff && version.audienceRiskGroups.length) parts.push(`medewerkers in de risicogroep ${joinWords(version.audienceRiskGroups.map((g) => riskGroupLabels[g]))}`);
  if (version.audienceCouncilWithDevice) parts.push("raadsleden met een telefoon of tablet van de gemeente");
  return parts.length ? joinWords(parts) : "niemand (kies een doelgroep)";
}

/** The reminder ladder in words, in the order the mails go out. */
export function ladderSteps(ladder: ReminderLadder): string[] {
  const steps: string[] = [];
  if (ladder.atPublication) steps.push("bij publicatie (of op de ingangsdatum)");
  for (const days of ladder.daysBefore) steps.push(days === 1 ? "1 dag vóór de uiterste datum" : `${days} dagen vóór de uiterste datum`);
  if (ladder.onDueDate) steps.push("op de uiterste datum");
  if (ladder.weeklyWhileOverdue) steps.push("daarna elke week, zolang iemand nog geen kennis heeft genomen");
  return steps;
}

export const stricterGroupWords = (groups: PolicyVersion["stricterRiskGroups"]) => joinWords(groups.map((g) => riskGroupLabels[g]));
