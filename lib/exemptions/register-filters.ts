import { exemptionReasons, exemptionStatuses, riskGroups } from "@/db/schema/enums";
import type { RegisterFilters } from "@/db/queries/exemptions";
import { parseRecordId, textParam, type SearchParams } from "@/lib/params";
import { addDaysIso } from "./rules";

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | undefined =>
  value && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** The register's filters from the address; anything unknown is ignored rather than refused. */
export function parseRegisterFilters(params: SearchParams | URLSearchParams): RegisterFilters {
  const get = (key: string) => textParam(params instanceof URLSearchParams ? params.get(key) : params[key], 40);
  const days = Number(get("binnen"));
  return {
    status: oneOf(exemptionStatuses, get("status")),
    appId: parseRecordId(get("app")) ?? undefined,
    reason: oneOf(exemptionReasons, get("reden")),
    riskGroup: oneOf(riskGroups, get("risicogroep")),
    endingWithinDays: Number.isInteger(days) && days > 0 && days <= 366 ? days : undefined,
  };
}

/** The filters back as a query string ("?status=approved&binnen=30"), for the export link. */
export function registerFilterQuery(f: RegisterFilters): string {
  const pairs: [string, string | number | undefined][] = [["status", f.status], ["app", f.appId], ["reden", f.reason], ["risicogroep", f.riskGroup], ["binnen", f.endingWithinDays]];
  const query = new URLSearchParams(pairs.filter((p): p is [string, string | number] => p[1] !== undefined).map(([k, v]) => [k, String(v)]));
  return query.size ? `?${query}` : "";
}

/** The date window of "ending within N days", if that filter is set. */
export const endingWindow = (f: RegisterFilters, today: string) =>
  f.endingWithinDays ? { today, endingBy: addDaysIso(today, f.endingWithinDays) } : undefined;
