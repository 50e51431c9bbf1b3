import { and, asc, countDistinct, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { departments, inventoryDevices, inventoryImports, inventoryMatches, listVersions, users } from "@/db/schema";
import type { RiskGroup } from "@/db/schema/enums";
import { classificationSql, deviceOfMatch, matchDeviceJoin } from "./inventory-classification";

type Reader = Db | Tx;

export { getComplianceOverview, type ComplianceOverview, type Figure } from "./inventory-overview";

/** The current inventory: the newest completed import, or null when none has completed yet. */
export async function getCurrentImport(db: Reader) {
  const [row] = await db
    .select({
      id: inventoryImports.id,
      format: inventoryImports.format,
      fileName: inventoryImports.fileName,
      fileSha256: inventoryImports.fileSha256,
      rowCount: inventoryImports.rowCount,
      deviceCount: inventoryImports.deviceCount,
      matchCount: inventoryImports.matchCount,
      managedDeviceTotal: inventoryImports.managedDeviceTotal,
      listVersionNumber: listVersions.number,
      startedByName: inventoryImports.startedByName,
      finishedAt: inventoryImports.finishedAt,
    })
    .from(inventoryImports)
    .leftJoin(listVersions, eq(listVersions.id, inventoryImports.listVersionId))
    .where(eq(inventoryImports.status, "completed"))
    .orderBy(desc(inventoryImports.finishedAt), desc(inventoryImports.id))
    .limit(1);
  return row ?? null;
}

export type CurrentImport = NonNullable<Awaited<ReturnType<typeof getCurrentImport>>>;

/** Every import, newest first, whatever its status, with the number of problems a refused one had. */
export async function listImports(db: Reader, limit = 20) {
  return db
    .select({
      id: inventoryImports.id,
      status: inventoryImports.status,
      format: inventoryImports.format,
      fileName: inventoryImports.fileName,
      rowsRead: inventoryImports.rowsRead,
      rowCount: inventoryImports.rowCount,
      deviceCount: inventoryImports.deviceCount,
      matchCount: inventoryImports.matchCount,
      problemCount: sql<number>`coalesce(jsonb_array_length(${inventoryImports.problems}), 0)`.mapWith(Number),
      startedByName: inventoryImports.startedByName,
      startedAt: inventoryImports.startedAt,
      finishedAt: inventoryImports.finishedAt,
    })
    .from(inventoryImports)
    .orderBy(desc(inventoryImports.startedAt), desc(inventoryImports.id))
    .limit(limit);
}

/** The counts kept at each completed import, oldest first, for the trend chart. */
export async function getTrend(db: Reader, limit = 12) {
  const rows = await db
    .select({
      importId: inventoryImports.id,
      finishedAt: inventoryImports.finishedAt,
      deviceCount: inventoryImports.deviceCount,
      managedDeviceTotal: inventoryImports.managedDeviceTotal,
      violatingDeviceCount: inventoryImports.violatingDeviceCount,
      violationCount: inventoryImports.violationCount,
      exemptedCount: inventoryImports.exemptedCount,
      unknownCount: inventoryImports.unknownCount,
    })
    .from(inventoryImports)
    .where(eq(inventoryImports.status, "completed"))
    .orderBy(desc(inventoryImports.finishedAt), desc(inventoryImports.id))
    .limit(limit);
  return rows.reverse();
}

export type ViolatingDevice = {
  deviceId: string; deviceName: string | null; platform: string | null; ownerName: string | null; ownerEmail: string | null;
  department: string | null; riskGroup: RiskGroup | null; apps: { appId: number; appName: string; matchKind: "identifier" | "name" }[];
};

const violation = sql`${classificationSql()} = 'overtreding'`;

type AppOnDevice = ViolatingDevice["apps"][number];

/**
 * One page of the devices with at least one violation, by device name (then id, so pages never overlap),
 * each with the apps that are a violation on it. One query: the classification join is the expensive part,
 * so the apps come along as JSON and the total as a window count over the grouped devices.
 */
export async function listViolatingDevices(db: Reader, importId: number, { page, pageSize }: { page: number; pageSize: number }) {
  const rows = await db
    .select({
      deviceId: inventoryDevices.deviceId, deviceName: inventoryDevices.deviceName, platform: inventoryDevices.platform,
      ownerName: users.name, ownerEmail: sql<string | null>`coalesce(${users.email}, ${inventoryDevices.ownerEmail})`,
      department: departments.name, riskGroup: users.riskGroup,
      apps: sql<AppOnDevice[]>`json_agg(json_build_object('appId', ${inventoryMatches.appId}, 'appName', ${inventoryMatches.appName}, 'matchKind', ${inventoryMatches.matchKind})
        order by ${inventoryMatches.appName}, ${inventoryMatches.appId})`,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(inventoryMatches)
    .innerJoinLateral(deviceOfMatch(db), sql`true`)
    .leftJoin(users, eq(users.id, inventoryDevices.userId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(and(eq(inventoryMatches.importId, importId), violation))
    .groupBy(inventoryDevices.deviceId, inventoryDevices.deviceName, inventoryDevices.platform, inventoryDevices.ownerEmail, users.name, users.email, users.riskGroup, departments.name)
    .orderBy(sql`lower(${inventoryDevices.deviceName}) nulls last`, asc(inventoryDevices.deviceId))
    .limit(pageSize)
    .offset(Math.max(0, page - 1) * pageSize);
  if (rows.length > 0) return { rows: rows.map(({ total: _, ...device }): ViolatingDevice => device), total: rows[0].total };
  // Past the last page: the window count came with no row, so count on its own.
  const [{ total }] = await db
    .select({ total: countDistinct(inventoryMatches.deviceId) })
    .from(inventoryMatches)
    .innerJoin(inventoryDevices, matchDeviceJoin)
    .where(and(eq(inventoryMatches.importId, importId), violation));
  return { rows: [] as ViolatingDevice[], total };
}

export type OwnerToAsk = { userId: string; email: string; name: string; devices: { deviceName: string; apps: string[] }[] };

/** The owners (active accounts) of devices with a violation, each with those devices and the apps to remove. */
export async function listOwnersToAskForRemoval(tx: Reader, importId: number): Promise<OwnerToAsk[]> {
  const rows = await tx
    .select({
      userId: users.id, email: users.email, name: users.name,
      deviceId: inventoryDevices.deviceId, deviceName: sql<string>`coalesce(${inventoryDevices.deviceName}, ${inventoryDevices.deviceId})`,
      appName: inventoryMatches.appName,
    })
    .from(inventoryMatches)
    .innerJoin(inventoryDevices, matchDeviceJoin)
    .innerJoin(users, eq(users.id, inventoryDevices.userId))
    .where(and(eq(inventoryMatches.importId, importId), isNotNull(inventoryDevices.userId), eq(users.active, true), violation))
    .orderBy(asc(users.name), asc(users.id), asc(inventoryDevices.deviceName), asc(inventoryDevices.deviceId), asc(inventoryMatches.appName));
  const owners = new Map<string, OwnerToAsk & { byDevice: Map<string, { deviceName: string; apps: string[] }> }>();
  for (const r of rows) {
    let owner = owners.get(r.userId);
    if (!owner) owners.set(r.userId, (owner = { userId: r.userId, email: r.email, name: r.name, devices: [], byDevice: new Map() }));
    let device = owner.byDevice.get(r.deviceId);
    if (!device) {
      device = { deviceName: r.deviceName, apps: [] };
      owner.devices.push(device);
      owner.byDevice.set(r.deviceId, device);
    }
    device.apps.push(r.appName);
  }
  return [...owners.values()].map(({ byDevice: _, ...owner }) => owner);
}
