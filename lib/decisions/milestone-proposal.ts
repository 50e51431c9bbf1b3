// Seed 002 (the Barneveld decision) plans its implementation from the date of the decision:
// "Start communicatie: datum besluit + 2 weken" and "Verwachte afronding: datum besluit + 8 weken".
// The portal proposes the same two steps; the griffie accepts them when registering and may change them later.

export type ProposedMilestone = { title: string; dueOn: string };

export const MILESTONE_PLAN = [
  { title: "Start communicatie", weeks: 2 },
  { title: "Afronding", weeks: 8 },
] as const;

/** yyyy-mm-dd plus a number of days, counted on the calendar (UTC noon, so no daylight-saving shift). */
export function addCalendarDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The proposed milestones for a decision taken on `decidedOn` (yyyy-mm-dd), earliest first. */
export function proposeMilestones(decidedOn: string): ProposedMilestone[] {
  return MILESTONE_PLAN.map((step) => ({ title: step.title, dueOn: addCalendarDays(decidedOn, step.weeks * 7) }));
}
