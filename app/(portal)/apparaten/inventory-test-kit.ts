import { desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apps, inventoryDevices, inventoryImports, inventoryMatches, listVersions, users } from "@/db/schema";

export type TestDevice = { deviceId: string; deviceName: string; ownerEmail: string | null; apps: { name: string; matchKind?: "identifier" | "name" }[] };

/**
 * A small completed inventory written straight into the tables, as a finished import leaves them, so the
 * overview's actions and route can be tested without the upload. Owners are matched by e-mail, as the import does.
 */
export async function insertInventory(db: Db, devices: TestDevice[], { fileName = "test-inventaris.csv", finishedAt = new Date() } = {}) {
  const [version] = await db.select({ id: listVersions.id }).from(listVersions).orderBy(desc(listVersions.id)).limit(1);
  const names = [...new Set(devices.flatMap((d) => d.apps.map((a) => a.name)))];
  const appRows = names.length ? await db.select({ id: apps.id, name: apps.name }).from(apps).where(inArray(apps.name, names)) : [];
  const appId = (name: string) => {
    const row = appRows.find((a) => a.name === name);
    if (!row) throw new Error(`app ${name} is not in the demo list`);
    return row.id;
  };
  const emails = devices.map((d) => d.ownerEmail).filter((e): e is string => !!e);
  const owners = emails.length ? await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails)) : [];
  const matchCount = devices.reduce((sum, d) => sum + d.apps.length, 0);
  const [imp] = await db.insert(inventoryImports).values({
    format: "intune", fileName, fileSha256: "0".repeat(64), status: "completed", rowCount: matchCount * 10, rowsRead: matchCount * 10,
    deviceCount: devices.length, matchCount, listVersionId: version?.id ?? null, startedByName: "Testpersoon", finishedAt,
  }).returning({ id: inventoryImports.id });
  if (devices.length) {
    await db.insert(inventoryDevices).values(devices.map((d) => ({
      importId: imp.id, deviceId: d.deviceId, deviceName: d.deviceName, ownerEmail: d.ownerEmail, platform: "iOS",
      userId: owners.find((o) => o.email === d.ownerEmail)?.id ?? null,
    })));
  }
  const matches = devices.flatMap((d) => d.apps.map((a) => ({
    importId: imp.id, deviceId: d.deviceId, appId: appId(a.name), appName: a.name, matchKind: a.matchKind ?? ("identifier" as const),
    installedKey: a.matchKind === "name" ? null : `com.example.${a.name.toLowerCase()}`, installedName: a.name,
  })));
  if (matches.length) await db.insert(inventoryMatches).values(matches);
  return imp.id;
}

export async function importRow(db: Db, id: number) {
  const [row] = await db.select().from(inventoryImports).where(eq(inventoryImports.id, id));
  return row;
}
