import type { MdmExclusion } from "@/db/queries/exemptions";
import type { ExemptionReason, ExemptionStatus, RiskGroup } from "@/db/schema/enums";
import { toCsv } from "@/lib/csv";
import { exemptionReasonLabels, exemptionStatusLabels, riskGroupLabels } from "@/lib/labels";

type RegisterRow = {
  id: number; appName: string; userName: string; userEmail: string; departmentName: string | null; riskGroup: RiskGroup;
  device: string; reason: ExemptionReason; status: ExemptionStatus; requestedUntil: string; endsOn: string | null; conditions: string | null; createdAt: Date;
};

export function registerCsv(rows: RegisterRow[]): string {
  return toCsv(
    ["Nummer", "App", "Naam", "E-mailadres", "Afdeling", "Risicogroep", "Toestel of gebruik", "Waarvoor", "Status", "Gevraagd tot", "Geldig tot en met", "Voorwaarden", "Aangevraagd op"],
    rows.map((r) => [
      r.id, r.appName, r.userName, r.userEmail, r.departmentName, riskGroupLabels[r.riskGroup], r.device, exemptionReasonLabels[r.reason],
      exemptionStatusLabels[r.status], r.requestedUntil, r.status === "approved" || r.status === "expired" || r.status === "revoked" ? r.endsOn : null,
      r.conditions?.replace(/\n/g, "; ") ?? null, r.createdAt.toISOString().slice(0, 10),
    ]),
  );
}

/** One row per person and device, with the app's store identifiers: what an MDM exclusion group needs. */
export function mdmCsv(rows: MdmExclusion[]): string {
  return toCsv(
    ["App", "iOS bundle-id", "Android-pakketnaam", "Naam", "E-mailadres", "Toestel of gebruik", "Geldig tot en met", "Uitzondering"],
    rows.map((r) => [r.appName, r.iosBundleId, r.androidPackage, r.userName, r.userEmail, r.device, r.endsOn, r.exemptionId]),
  );
}

/** The exclusions grouped per app, in the order the query gives them. */
export function groupByApp(rows: MdmExclusion[]) {
  const groups = new Map<number, { appId: number; appName: string; iosBundleId: string | null; androidPackage: string | null; people: MdmExclusion[] }>();
  for (const row of rows) {
    const group = groups.get(row.appId) ?? { appId: row.appId, appName: row.appName, iosBundleId: row.iosBundleId, androidPackage: row.androidPackage, people: [] };
    group.people.push(row);
    groups.set(row.appId, group);
  }
  return [...groups.values()];
}
