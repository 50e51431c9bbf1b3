import type { ExemptionStatus } from "@/db/schema/enums";

/** How far ahead an exemption may run: the kamerbrief allows an exception, not a permanent one. */
export const MAX_MONTHS_AHEAD = 12;
/** An approved exemption ending within this many days can be renewed by a new request. */
export const RENEWAL_WINDOW_DAYS = 60;
/** The requester is reminded once, this many days before the end date. */
export const REMINDER_DAYS = 30;

/** Conditions a CISO often sets; offered as ready-made choices next to free text. */
export const conditionPresets = [
  "Alleen op een apart toestel zonder werkaccounts",
  "Geen werkaccounts in de app",
  "Geen werkgegevens (documenten, foto's, contacten) in de app",
  "Locatievoorzieningen en microfoon voor de app uitgeschakeld",
] as const;

const asUtc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);

export function addDaysIso(iso: string, days: number): string {
  const date = asUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** The same day n months later; a day that month lacks (31 August + 6) becomes its last day. */
export function addMonthsIso(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return toIso(target);
}

/** The last end date a request or decision made today may have. */
export const latestEndDate = (today: string) => addMonthsIso(today, MAX_MONTHS_AHEAD);

export const isOpen = (status: ExemptionStatus) => status === "requested" || status === "awaiting_second";

type Decidable = { userId: string; status: ExemptionStatus; firstApproverId: string | null };

/**
 * Why this CISO may not decide on this request, or null. Nobody decides on their own request, and the
 * second approval of a bestuurder's request must come from someone other than the first approver.
 */
export function decisionRefusal(viewerId: string, exemption: Decidable): string | null {
  if (exemption.userId === viewerId) return "Over uw eigen aanvraag beslist een andere CISO.";
  if (exemption.status === "awaiting_second" && exemption.firstApproverId === viewerId) {
    return "U heeft deze aanvraag al goedgekeurd. Een tweede CISO moet hem ook goedkeuren.";
  }
  return null;
}

/** Whether the requester may ask to extend this exemption now. */
export function canRenew(exemption: { status: ExemptionStatus; endsOn: string | null }, today: string): boolean {
  return exemption.status === "approved" && exemption.endsOn !== null && exemption.endsOn >= today && exemption.endsOn <= addDaysIso(today, RENEWAL_WINDOW_DAYS);
}
