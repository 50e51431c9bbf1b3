import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, exemptions, inventoryImports, inventoryStaging, listVersionApps, listVersions, users } from "@/db/schema";
import type { ExemptionStatus, RiskGroup } from "@/db/schema/enums";
import { stagingBlocks } from "./classify";

// Test data for classification and the overview, written straight into the tables as an import would leave
// them. Every call makes unique people, so tests sharing one seeded database do not see each other's rows.

let counter = 0;
const unique = () => `${Date.now().toString(36)}${++counter}`;

export type StagingRow = Partial<typeof inventoryStaging.$inferInsert>;

/**
 * Empties the staging table and fills it with these rows, as an import's COPY would, and returns the range
 * of disk blocks they take.
 */
export async function stage(db: Db, rows: StagingRow[]) {
  await db.execute(sql`truncate inventory_staging restart identity`);
  await db.insert(inventoryStaging).values(rows);
  return { fromBlock: 0, toBlock: await stagingBlocks(db) };
}

/** An import against the newest published list version (of the seeded demo: version 1). */
export async function newImport(db: Db, values: Partial<typeof inventoryImports.$inferInsert> = {}) {
  const [version] = await db.select({ id: listVersions.id }).from(listVersions).orderBy(desc(listVersions.number)).limit(1);
  const [row] = await db.insert(inventoryImports).values({
    format: "intune", fileName: `inventaris-${unique()}.csv`, startedByName: "test", status: "failed", listVersionId: version.id, ...values,
  }).returning({ id: inventoryImports.id, listVersionId: inventoryImports.listVersionId });
  return { importId: row.id, listVersionId: row.listVersionId! };
}

/** The listed app of that name in a list version, with its identifiers and vendor. */
export async function listedApp(db: Db, listVersionId: number, name: string) {
  const rows = await db.select().from(listVersionApps).where(eq(listVersionApps.versionId, listVersionId));
  const app = rows.find((a) => a.name === name);
  if (!app) throw new Error(`${name} staat niet in lijstversie ${listVersionId}`);
  return app;
}

export async function newDepartment(db: Db, name = `Afdeling ${unique()}`) {
  const [row] = await db.insert(departments).values({ name }).returning({ id: departments.id, name: departments.name });
  return row;
}

export async function newPerson(db: Db, values: { departmentId?: number | null; riskGroup?: RiskGroup; active?: boolean; name?: string } = {}) {
  const id = unique();
  const [row] = await db.insert(users).values({
    email: `persoon-${id}@voorbeeld.nl`, name: values.name ?? `Persoon ${id}`, departmentId: values.departmentId ?? null,
    riskGroup: values.riskGroup ?? "standard", active: values.active ?? true,
  }).returning({ id: users.id, email: users.email, name: users.name });
  return row;
}

export async function newExemption(db: Db, values: { userId: string; appId: number; status?: ExemptionStatus; endsOn: string }) {
  await db.insert(exemptions).values({
    userId: values.userId, appId: values.appId, appName: "app", device: "Telefoon", reason: "other", justification: "Test",
    requestedUntil: values.endsOn, status: values.status ?? "approved", endsOn: values.endsOn,
  });
}

/** An Intune row for a device, its owner and one installed app. */
export const row = (deviceId: string, email: string | null, app: { key?: string | null; name?: string; publisher?: string }, platform = "iOS"): StagingRow => ({
  deviceId, deviceName: `Toestel ${deviceId}`, emailAddress: email, platform, osVersion: "17.1",
  applicationKey: app.key ?? null, applicationName: app.name ?? "Onbekende app", applicationPublisher: app.publisher ?? "",
});

/** A date n days from today, as yyyy-mm-dd (Amsterdam). */
export function inDays(n: number) {
  const now = new Date(Date.now() + n * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(now);
}
