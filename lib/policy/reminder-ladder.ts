import type { ReminderLadder } from "@/db/schema/policy";

/** One rung of the ladder: its name (stored in policy_reminder.step), the day it falls on and its place in the order. */
export type LadderStep = { step: string; on: string; rank: number };

/** yyyy-mm-dd plus a number of days, in calendar days (no time zone: the dates are already Amsterdam dates). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

// publication 0 < before-N (the more days before, the earlier) < due < overdue-1 < overdue-2 < …
const DUE_RANK = 100_000;

/** The rank of a stored step name, so a step is never sent after a later one. Unknown names rank first. */
export function stepRank(step: string): number {
  if (step === "publication") return 0;
  if (step === "due") return DUE_RANK;
  const before = /^before-(\d+)$/.exec(step);
  if (before) return Math.max(1, DUE_RANK - Number(before[1]));
  const overdue = /^overdue-(\d+)$/.exec(step);
  if (overdue) return DUE_RANK + Number(overdue[1]);
  return -1;
}

/**
 * The rungs that are switched on and fall on or before `today`, in ladder order. Steps that would fall
 * before the person's own start (a late joiner with a short term) are left out: they never apply.
 */
export function stepsUntil(ladder: ReminderLadder, startOn: string, dueOn: string, today: string): LadderStep[] {
  const steps: LadderStep[] = [];
  if (ladder.atPublication) steps.push({ step: "publication", on: startOn, rank: 0 });
  for (const days of new Set(ladder.daysBefore.filter((d) => Number.isInteger(d) && d > 0))) {
    steps.push({ step: `before-${days}`, on: addDays(dueOn, -days), rank: stepRank(`before-${days}`) });
  }
  if (ladder.onDueDate) steps.push({ step: "due", on: dueOn, rank: DUE_RANK });
  if (ladder.weeklyWhileOverdue && today > dueOn) {
    const weeks = Math.floor(daysBetween(dueOn, today) / 7);
    if (weeks >= 1) steps.push({ step: `overdue-${weeks}`, on: addDays(dueOn, 7 * weeks), rank: DUE_RANK + weeks });
  }
  return steps.filter((s) => s.on >= startOn && s.on <= today).sort((a, b) => a.rank - b.rank);
}

/**
 * The one reminder a person should get today, or null. Only the latest rung that has come is
 * considered: after days without the job (server down) nobody receives a burst of old reminders,
 * and a rung is never sent once the same or a later one went out.
 */
export function dueStep(ladder: ReminderLadder, startOn: string, dueOn: string, today: string, alreadySent: readonly string[]): string | null {
  if (today < startOn) return null;
  const latest = stepsUntil(ladder, startOn, dueOn, today).at(-1);
  if (!latest) return null;
  const highestSent = Math.max(-1, ...alreadySent.map((s) => stepRank(s)));
  return latest.rank > highestSent ? latest.step : null;
}
