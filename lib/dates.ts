// Dates as a Dutch reader expects them, always in the Amsterdam time zone.
const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });
const dateTimeFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" });

/** "23 februari 2023" from a Date or an ISO date string (yyyy-mm-dd). */
export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "–";
  const date = typeof value === "string" ? new Date(`${value.slice(0, 10)}T12:00:00Z`) : value;
  return dateFormat.format(date);
}

export function formatDateTime(value: Date | null | undefined): string {
  return value ? dateTimeFormat.format(value) : "–";
}

/** Today's date in Amsterdam as yyyy-mm-dd, for comparing with date columns. */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(now);
}

const ISO_DATE = /^(\d{4})-\d{2}-\d{2}$/;

/**
 * A date as yyyy-mm-dd that exists in the calendar, in years PostgreSQL and people both read the same
 * way (1900-2999). "2026-02-30" would roll over to 2 March in JavaScript and is refused by the database.
 */
export function isRealIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match || Number(match[1]) < 1900 || Number(match[1]) > 2999) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
