import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { inventoryImports, inventoryMatches } from "@/db/schema";
import { seededDb, testDatabases } from "@/test/databases";
import { seedDemoInventory } from "./seed-inventory";

describe.each(testDatabases)("demo inventory on $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    await seedDemoInventory(db, new Date("2026-11-20T09:00:00Z"));
  }, 120_000);
  afterAll(() => close());

  it("leaves three completed imports three weeks apart, the newest with TikTok on 33 of 695 devices", async () => {
    const rows = await db.select().from(inventoryImports).orderBy(asc(inventoryImports.id));
    expect(rows.map((r) => [r.status, r.deviceCount, r.finishedAt?.toISOString().slice(0, 10)])).toEqual([
      ["completed", 695, "2026-10-09"],
      ["completed", 695, "2026-10-30"],
      ["completed", 695, "2026-11-20"],
    ]);
    const newest = rows[2];
    const tiktok = await db.select().from(inventoryMatches).where(and(eq(inventoryMatches.importId, newest.id), eq(inventoryMatches.appName, "TikTok")));
    expect(tiktok).toHaveLength(33);
    expect(rows.map((r) => r.violationCount! + r.unknownCount! + r.exemptedCount!)).toEqual(rows.map((r) => r.matchCount));
    expect(rows[0].matchCount!).toBeGreaterThan(rows[2].matchCount!);
    expect(newest.exemptedCount).toBeGreaterThan(0);
    expect(newest.violatingDeviceCount).toBeGreaterThan(3);
    expect(newest.managedDeviceTotal).toBe(720);
  });

  it("finds CapCut on iPhones by name only, flagged as such", async () => {
    const [newest] = await db.select().from(inventoryImports).orderBy(asc(inventoryImports.id)).offset(2);
    const capcut = await db.select().from(inventoryMatches).where(and(eq(inventoryMatches.importId, newest.id), eq(inventoryMatches.appName, "CapCut")));
    expect(capcut.length).toBeGreaterThan(0);
    expect(capcut.every((m) => m.matchKind === "name")).toBe(true);
  });
});
