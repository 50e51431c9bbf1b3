import type { DecisionStatus } from "@/db/schema/enums";
import { addCalendarDays } from "./milestone-proposal";

/**
 * How far the carrying-out of a collegebesluit is, computed from its milestones on a given day (never stored,
 * so it cannot go stale). The rule, in the order it is applied:
 *
 * 1. status "ingetrokken" (withdrawn): nothing is carried out any more → "stopped".
 * 2. status "uitgevoerd" (completed), or every milestone has a done date (and there is at least one) → "done".
 * 3. a milestone without a done date whose due date lies before today → "overdue" (te laat).
 * 4. a milestone without a done date due today or within the next 7 days → "at_risk" (risico).
 * 5. otherwise (nothing open is due within a week, or no milestones yet) → "on_track" (op schema).
 *
 * A milestone with a done date always counts as done, even if it was finished after its due date.
 */
export type Progress = "on_track" | "at_risk" | "overdue" | "done" | "stopped";

/** The state of one milestone, shown next to it on the decision's page. */
export type MilestoneState = "done" | "overdue" | "due_soon" | "open";

/** How many days before its due date an open milestone puts its decision at risk. */
export const AT_RISK_DAYS = 7;

export type MilestoneDates = { dueOn: string; doneOn: string | null };

export function milestoneState(milestone: MilestoneDates, today: string): MilestoneState {
  if (milestone.doneOn) return "done";
  if (milestone.dueOn < today) return "overdue";
  if (milestone.dueOn <= addCalendarDays(today, AT_RISK_DAYS)) return "due_soon";
  return "open";
}

export function decisionProgress(decision: { status: DecisionStatus; milestones: MilestoneDates[] }, today: string): Progress {
  if (decision.status === "withdrawn") return "stopped";
  const states = decision.milestones.map((m) => milestoneState(m, today));
  if (decision.status === "completed" || (states.length > 0 && states.every((s) => s === "done"))) return "done";
  if (states.includes("overdue")) return "overdue";
  if (states.includes("due_soon")) return "at_risk";
  return "on_track";
}

/** The first milestone still to do (earliest due date), or null when everything is done. */
export function nextOpenMilestone<M extends MilestoneDates>(milestones: M[]): M | null {
  return milestones.filter((m) => !m.doneOn).sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0] ?? null;
}
