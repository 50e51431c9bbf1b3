import type { AuditResult } from "@/db/schema/enums";
import { isRealIsoDate } from "@/lib/dates";
import { withoutControlChars } from "@/lib/form-data";

// The filters travel as GET parameters with Dutch names, so a filtered view can be bookmarked and
// the CSV export gets exactly the same selection as the page.
export type AuditFilters = {
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  objectType?: string;
  result?: AuditResult;
};

export const resultParam: Record<string, AuditResult> = { gelukt: "success", geweigerd: "denied", mislukt: "failure" };
const resultToParam = Object.fromEntries(Object.entries(resultParam).map(([k, v]) => [v, k])) as Record<AuditResult, string>;

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: RawParams, name: string): string {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  // Without control characters: PostgreSQL refuses a NUL byte in a query.
  return withoutControlChars((Array.isArray(value) ? value[0] : value) ?? "").trim();
}

const MAX_PAGE = 1_000_000;

export function parseAuditFilters(params: RawParams): { filters: AuditFilters; page: number; errors: string[] } {
  const filters: AuditFilters = {};
  const errors: string[] = [];
  for (const [name, key, label] of [["van", "from", "Van"], ["tot", "to", "Tot en met"]] as const) {
    const value = read(params, name);
    if (!value) continue;
    if (isRealIsoDate(value)) filters[key] = value;
    else errors.push(`De datum bij ‘${label}’ klopt niet. Vul een bestaande datum in.`);
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    errors.push("De datum bij ‘Van’ ligt na de datum bij ‘Tot en met’. Er is daarom niet op periode gefilterd.");
    delete filters.from;
    delete filters.to;
  }
  const actor = read(params, "wie").slice(0, 200);
  if (actor) filters.actor = actor;
  const action = read(params, "handeling").slice(0, 100);
  if (action) filters.action = action;
  const objectType = read(params, "object").slice(0, 100);
  if (objectType) filters.objectType = objectType;
  // Own keys only: "?resultaat=hasOwnProperty" must not find a function on the prototype.
  const resultKey = read(params, "resultaat");
  const result = Object.hasOwn(resultParam, resultKey) ? resultParam[resultKey] : undefined;
  if (result) filters.result = result;
  const page = Number.parseInt(read(params, "pagina"), 10);
  // Capped, so the offset stays a number the database accepts.
  return { filters, page: Number.isFinite(page) && page > 0 ? Math.min(page, MAX_PAGE) : 1, errors };
}

/** The query string for these filters (and a page), e.g. for pagination links and the export link. */
export function auditFilterQuery(filters: AuditFilters, page?: number): string {
  const params = new URLSearchParams();
  if (filters.from) params.set("van", filters.from);
  if (filters.to) params.set("tot", filters.to);
  if (filters.actor) params.set("wie", filters.actor);
  if (filters.action) params.set("handeling", filters.action);
  if (filters.objectType) params.set("object", filters.objectType);
  if (filters.result) params.set("resultaat", resultToParam[filters.result]);
  if (page && page > 1) params.set("pagina", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

export const hasFilters = (filters: AuditFilters) => Object.keys(filters).length > 0;

/** The instant a calendar day starts in Amsterdam (23:00 or 22:00 UTC the day before). */
export function amsterdamDayStart(isoDate: string): Date {
  const utcMidnight = new Date(`${isoDate}T00:00:00Z`);
  // At 00:00 UTC Amsterdam is still on the offset of its own midnight: clocks change at 01:00 UTC.
  const offset = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Amsterdam", timeZoneName: "longOffset" })
    .formatToParts(utcMidnight)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = offset?.match(/GMT([+-])(\d{2}):(\d{2})/);
  const minutes = match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(utcMidnight.getTime() - minutes * 60_000);
}

export function amsterdamDayEnd(isoDate: string): Date {
  const next = new Date(`${isoDate}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return amsterdamDayStart(next.toISOString().slice(0, 10));
}
