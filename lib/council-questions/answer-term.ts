import { DUE_SOON_DAYS, type CouncilQuestionState } from "@/db/queries/council-questions";

// When the college owes the raad its answer. The term (in calendar days) is copied from the organisation's
// settings at registration; an uitstelbericht moves the due date, and the newest recorded notice counts.
// The lists compute the same in SQL (db/queries/council-questions.ts); its test holds the two together.

export { DUE_SOON_DAYS, type CouncilQuestionState };

export type DelayNotice = { id: number; newDueOn: string };

export type TermInput = {
  receivedOn: string;
  answerTermDays: number;
  /** Every recorded delay notice; the one recorded last (highest id) sets the due date. */
  delays: readonly DelayNotice[];
};

/** yyyy-mm-dd plus whole calendar days, in UTC so no daylight-saving change can shift the day. */
export function addDaysIso(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The term as registered, before any delay notice. */
export const originalDueOn = (receivedOn: string, answerTermDays: number) => addDaysIso(receivedOn, answerTermDays);

export function newestDelay<D extends DelayNotice>(delays: readonly D[]): D | null {
  return delays.reduce<D | null>((newest, d) => (!newest || d.id > newest.id ? d : newest), null);
}

export function dueOn({ receivedOn, answerTermDays, delays }: TermInput): string {
  return newestDelay(delays)?.newDueOn ?? originalDueOn(receivedOn, answerTermDays);
}

/** Answered once the letter is published; otherwise measured against today (yyyy-mm-dd, Amsterdam). */
export function questionState(due: string, answerPublishedAt: Date | null, today: string): CouncilQuestionState {
  if (answerPublishedAt) return "answered";
  if (today > due) return "overdue";
  if (due <= addDaysIso(today, DUE_SOON_DAYS)) return "due_soon";
  return "open";
}

export const questionStateLabels: Record<CouncilQuestionState, string> = {
  answered: "Beantwoord",
  overdue: "Te laat",
  due_soon: "Binnenkort",
  open: "Open",
};

/** Whole days from today to the due date: negative when it has passed. */
export function daysUntil(due: string, today: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
