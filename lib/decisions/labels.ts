import type { DecisionStatus } from "@/db/schema/enums";
import type { MilestoneState, Progress } from "./progress";

// What a reader sees; the codes stay English in the database and the API.
export const decisionStatusLabels: Record<DecisionStatus, string> = {
  in_progress: "In uitvoering",
  completed: "Uitgevoerd",
  withdrawn: "Ingetrokken",
};

export const progressLabels: Record<Progress, string> = {
  on_track: "Op schema",
  at_risk: "Risico",
  overdue: "Te laat",
  done: "Afgerond",
  stopped: "Gestopt (ingetrokken)",
};

export const milestoneStateLabels: Record<MilestoneState, string> = {
  done: "Gereed",
  overdue: "Te laat",
  due_soon: "Binnen een week",
  open: "Open",
};

/** The Dutch word in the address (?voortgang=te-laat) for each progress value, and back. */
export const progressSlugs: Record<Progress, string> = {
  on_track: "op-schema",
  at_risk: "risico",
  overdue: "te-laat",
  done: "afgerond",
  stopped: "gestopt",
};

export function progressFromSlug(slug: string | undefined): Progress | undefined {
  return (Object.entries(progressSlugs) as [Progress, string][]).find(([, s]) => s === slug)?.[0];
}
