import { eq, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { departments, inventoryDevices, inventoryImports, inventoryMatches, users } from "@/db/schema";
import { riskGroups, type RiskGroup } from "@/db/schema/enums";
import { classificationSql, deviceOfMatch } from "./inventory-classification";

/**
 * One group of the overview. Every number counts devices (never installs), so each reads as
 * "TikTok op 33 van 695 apparaten": devices with a listed app in the group, and of those the devices with
 * at least one violation, with at least one app covered by an exemption, and of an unknown owner.
 */
export type Figure = { key: string; label: string; devices: number; violations: number; exempted: number; unknown: number };

export type ComplianceOverview = {
  deviceCount: number; managedDeviceTotal: number | null; violatingDeviceCount: number; nameMatchCount: number;
  byApp: Figure[]; byDepartment: Figure[]; byRiskGroup: Figure[];
};

export const UNKNOWN_OWNER_KEY = "onbekend";
export const NO_DEPARTMENT_KEY = "geen";
const UNKNOWN_OWNER_LABEL = "Onbekende eigenaar";
const NO_DEPARTMENT_LABEL = "Geen afdeling";

const devicesWhere = (condition: SQL) => sql<number>`count(distinct device_id) filter (where ${condition})`.mapWith(Number);

/**
 * The figures of one import per app, department and risk group, classified as today's exemptions decide,
 * in one grouped query over that import's matches (a few per device, not the whole inventory).
 * riskGroupLabels: the Dutch names of the risk groups (lib/labels.ts; db/ may not import lib/).
 */
export async function getComplianceOverview(db: Db | Tx, importId: number, riskGroupLabels: Record<RiskGroup, string>): Promise<ComplianceOverview> {
  const classified = db
    .select({
      deviceId: sql<string>`${inventoryMatches.deviceId}`.as("device_id"),
      appId: sql<number>`${inventoryMatches.appId}`.as("app_id"),
      appName: sql<string>`${inventoryMatches.appName}`.as("app_name"),
      nameMatch: sql<boolean>`${inventoryMatches.matchKind} = 'name'`.as("name_match"),
      departmentKey: sql<string>`case when ${inventoryDevices.userId} is null then ${UNKNOWN_OWNER_KEY}
        else coalesce(${users.departmentId}::text, ${NO_DEPARTMENT_KEY}) end`.as("department_key"),
      departmentName: sql<string | null>`${departments.name}`.as("department_name"),
      riskKey: sql<string>`coalesce(${users.riskGroup}::text, ${UNKNOWN_OWNER_KEY})`.as("risk_key"),
      c: classificationSql().as("c"),
    })
    .from(inventoryMatches)
    .innerJoinLateral(deviceOfMatch(db), sql`true`)
    .leftJoin(users, eq(users.id, inventoryDevices.userId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(inventoryMatches.importId, importId))
    .as("classified");

  const rows = await db
    .select({
      set: sql<number>`grouping(${classified.appId}, ${classified.departmentKey}, ${classified.riskKey})`.mapWith(Number),
      appId: classified.appId, appName: sql<string | null>`max(${classified.appName})`,
      departmentKey: classified.departmentKey, departmentName: sql<string | null>`max(${classified.departmentName})`,
      riskKey: classified.riskKey,
      devices: sql<number>`count(distinct ${classified.deviceId})`.mapWith(Number),
      violations: devicesWhere(sql`${classified.c} = 'overtreding'`),
      exempted: devicesWhere(sql`${classified.c} = 'uitzondering'`),
      unknown: devicesWhere(sql`${classified.c} = 'onbekend'`),
      nameMatches: sql<number>`count(*) filter (where ${classified.nameMatch})`.mapWith(Number),
    })
    .from(classified)
    .groupBy(sql`grouping sets ((${classified.appId}), (${classified.departmentKey}), (${classified.riskKey}), ())`);

  const [imp] = await db
    .select({ deviceCount: inventoryImports.deviceCount, managedDeviceTotal: inventoryImports.managedDeviceTotal })
    .from(inventoryImports)
    .where(eq(inventoryImports.id, importId));
  const deviceCount = imp?.deviceCount ?? (await db.$count(inventoryDevices, eq(inventoryDevices.importId, importId)));

  // grouping() sets a bit per column left out: 0b011 → grouped by app, 0b101 → department, 0b110 → risk group.
  const figure = (r: (typeof rows)[number], key: string, label: string): Figure => ({
    key, label, devices: r.devices, violations: r.violations, exempted: r.exempted, unknown: r.unknown,
  });
  const total = rows.find((r) => r.set === 7);
  const byApp = rows.filter((r) => r.set === 3).map((r) => figure(r, String(r.appId), r.appName ?? ""))
    .sort((a, b) => b.violations - a.violations || b.devices - a.devices || a.label.localeCompare(b.label, "nl"));
  const byDepartment = rows.filter((r) => r.set === 5)
    .map((r) => figure(r, r.departmentKey, r.departmentKey === UNKNOWN_OWNER_KEY ? UNKNOWN_OWNER_LABEL : (r.departmentName ?? NO_DEPARTMENT_LABEL)))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.label.localeCompare(b.label, "nl"));
  const riskOrder: string[] = [...riskGroups, UNKNOWN_OWNER_KEY];
  const byRiskGroup = rows.filter((r) => r.set === 6)
    .map((r) => figure(r, r.riskKey, r.riskKey === UNKNOWN_OWNER_KEY ? UNKNOWN_OWNER_LABEL : riskGroupLabels[r.riskKey as RiskGroup]))
    .sort((a, b) => riskOrder.indexOf(a.key) - riskOrder.indexOf(b.key));

  return {
    deviceCount, managedDeviceTotal: imp?.managedDeviceTotal ?? null,
    violatingDeviceCount: total?.violations ?? 0, nameMatchCount: total?.nameMatches ?? 0,
    byApp, byDepartment, byRiskGroup,
  };
}

// Departments by name, then the devices without a department, then those of unknown owners.
const rank = (key: string) => (key === UNKNOWN_OWNER_KEY ? 2 : key === NO_DEPARTMENT_KEY ? 1 : 0);
