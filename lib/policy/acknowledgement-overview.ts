import type { AudienceMember } from "@/db/queries/policy-audience";
import type { RiskGroup } from "@/db/schema/enums";
import { textParam, type SearchParams } from "@/lib/params";

// Each person has one status; "openstaand" is still on time, "te-laat" is past their own due date.
export const statuses = ["kennisgenomen", "openstaand", "te-laat"] as const;
export type AcknowledgementStatus = (typeof statuses)[number];
export const statusLabels: Record<AcknowledgementStatus, string> = { kennisgenomen: "Kennisgenomen", openstaand: "Openstaand", "te-laat": "Te laat" };

// The VNG's high-risk groups first: the CISO looks at them before anyone else.
export const RISK_GROUP_ORDER: RiskGroup[] = ["executive", "senior", "security_sensitive", "standard"];

export type Rate = { key: string; label: string; acknowledged: number; total: number; percent: number };
export type OverviewFilters = { department?: string; riskGroup?: RiskGroup; status?: AcknowledgementStatus };
export type OverviewRow = AudienceMember & { status: AcknowledgementStatus };

export const NO_DEPARTMENT = "geen";

export function statusOf(member: Pick<AudienceMember, "acknowledgedAt" | "dueOn">, today: string): AcknowledgementStatus {
  if (member.acknowledgedAt) return "kennisgenomen";
  return member.dueOn < today ? "te-laat" : "openstaand";
}

/** Whole percent, rounded down, so 99.6% never shows as a finished 100%. */
export const percentOf = (part: number, total: number) => (total === 0 ? 0 : Math.floor((part * 100) / total));

function rate(key: string, label: string, members: AudienceMember[]): Rate {
  const acknowledged = members.filter((m) => m.acknowledgedAt).length;
  return { key, label, acknowledged, total: members.length, percent: percentOf(acknowledged, members.length) };
}

/** Rates per risk group (high risk first, empty groups left out), per department (by name) and in total. */
export function acknowledgementRates(members: AudienceMember[], riskGroupLabels: Record<RiskGroup, string>) {
  const byRiskGroup = RISK_GROUP_ORDER.map((g) => rate(g, riskGroupLabels[g], members.filter((m) => m.riskGroup === g))).filter((r) => r.total > 0);
  const departments = new Map<string, { label: string; members: AudienceMember[] }>();
  for (const m of members) {
    const key = m.departmentId == null ? NO_DEPARTMENT : String(m.departmentId);
    const entry = departments.get(key) ?? { label: m.departmentName ?? "Geen afdeling", members: [] };
    entry.members.push(m);
    departments.set(key, entry);
  }
  const byDepartment = [...departments.entries()]
    .map(([key, d]) => rate(key, d.label, d.members))
    .sort((a, b) => (a.key === NO_DEPARTMENT ? 1 : b.key === NO_DEPARTMENT ? -1 : a.label.localeCompare(b.label, "nl")));
  return { byRiskGroup, byDepartment, total: rate("totaal", "Totaal", members) };
}

/** Filters from the address; anything unknown is ignored rather than refused. */
export function parseOverviewFilters(params: SearchParams | URLSearchParams): OverviewFilters {
  const get = (name: string) => textParam(params instanceof URLSearchParams ? params.get(name) : params[name], 20);
  const department = get("afdeling");
  const riskGroup = get("risicogroep");
  const status = get("status");
  return {
    department: department && (department === NO_DEPARTMENT || /^[1-9][0-9]{0,9}$/.test(department)) ? department : undefined,
    riskGroup: RISK_GROUP_ORDER.find((g) => g === riskGroup),
    status: statuses.find((s) => s === status),
  };
}

export function filterQuery(filters: OverviewFilters): string {
  const params = new URLSearchParams();
  if (filters.department) params.set("afdeling", filters.department);
  if (filters.riskGroup) params.set("risicogroep", filters.riskGroup);
  if (filters.status) params.set("status", filters.status);
  const query = params.toString();
  return query ? `?${query}` : "";
}

const STATUS_ORDER: Record<AcknowledgementStatus, number> = { "te-laat": 0, openstaand: 1, kennisgenomen: 2 };

/** The people that match the filters: overdue first, then outstanding, then done; by due date, then name. */
export function filterAudience(members: AudienceMember[], filters: OverviewFilters, today: string): OverviewRow[] {
  return members
    .map((m) => ({ ...m, status: statusOf(m, today) }))
    .filter((m) =>
      (!filters.department || (filters.department === NO_DEPARTMENT ? m.departmentId == null : String(m.departmentId) === filters.department)) &&
      (!filters.riskGroup || m.riskGroup === filters.riskGroup) &&
      (!filters.status || m.status === filters.status))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.dueOn.localeCompare(b.dueOn) || a.name.localeCompare(b.name, "nl"));
}
