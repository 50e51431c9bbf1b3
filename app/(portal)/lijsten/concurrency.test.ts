import "@/lib/zod-nl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { seededDb, testDatabases } from "@/test/databases";
import { apps, auditEvents, countries, vendors } from "@/db/schema";
import type { Db } from "@/db/client";
import { removeAppAction } from "./apps/actions";
import { delistCountryAction, relistCountryAction } from "./landen/actions";

// Finding 8: parallel identical changes. The record check locks the row it checks (action()'s
// `record`), so of n parallel requests exactly one passes and writes one audit row. PGlite runs
// transactions one at a time anyway; the PostgreSQL run is the one that proves the lock.
describe.each(testDatabases)("parallelle wijzigingen op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let ciso: TestViewer;
  let tencentId: number;
  let serial = 0;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
    [{ id: tencentId }] = await db.select({ id: vendors.id }).from(vendors).where(eq(vendors.name, "Tencent"));
  });
  afterAll(() => close());

  const auditCount = (action: string, id: number) =>
    db.$count(auditEvents, and(eq(auditEvents.action, action), eq(auditEvents.objectId, String(id)), eq(auditEvents.result, "success")));

  async function parallel(n: number, run: () => Promise<{ redirectTo: string | null; state: unknown }>) {
    harness.viewer = ciso;
    const results = await Promise.all(Array.from({ length: n }, run));
    return { accepted: results.filter((r) => r.redirectTo !== null).length, refused: results.filter((r) => r.redirectTo === null).map((r) => r.state) };
  }

  async function newApp() {
    serial++;
    const [row] = await db.insert(apps).values({ name: `Parallel ${serial}`, vendorId: tencentId, category: "Test", measure: "banned", source: "own_finding" }).returning();
    return row.id;
  }

  async function newCountry(delisted: boolean) {
    serial++;
    const code = `Q${String.fromCharCode(65 + serial)}`;
    const [row] = await db.insert(countries).values({
      code, name: `Testland ${serial}`, basis: "test", listedOn: "2026-01-01", nextReviewOn: "2099-01-01",
      ...(delisted ? { delistedOn: "2026-06-01", delistReason: "al van de lijst" } : {}),
    }).returning();
    return row.id;
  }

  it.each([10, 50])("%i parallel app.remove requests: one accepted, one audit row", async (n) => {
    const id = await newApp();
    const { accepted, refused } = await parallel(n, () => call(removeAppAction, { id: String(id), removedReason: "parallel verwijderd in een test" }));
    expect(accepted).toBe(1);
    expect(refused).toHaveLength(n - 1);
    for (const state of refused) expect(state).toMatchObject({ ok: false, message: "Deze app staat niet (meer) in het concept." });
    expect(await auditCount("app.remove", id)).toBe(1);
  });

  it.each([10, 50])("%i parallel country.delist requests: one accepted, one audit row", async (n) => {
    const id = await newCountry(false);
    const { accepted, refused } = await parallel(n, () => call(delistCountryAction, { id: String(id), delistedOn: "2026-11-01", delistReason: "parallel van de lijst in een test" }));
    expect(accepted).toBe(1);
    for (const state of refused) expect(state).toMatchObject({ ok: false, message: expect.stringContaining("staat al niet meer op de lijst") });
    expect(await auditCount("country.delist", id)).toBe(1);
  });

  it.each([10, 50])("%i parallel country.relist requests: one accepted, one audit row", async (n) => {
    const id = await newCountry(true);
    const { accepted, refused } = await parallel(n, () => call(relistCountryAction, { id: String(id) }));
    expect(accepted).toBe(1);
    for (const state of refused) expect(state).toMatchObject({ ok: false, message: expect.stringContaining("staat al op de lijst") });
    expect(await auditCount("country.relist", id)).toBe(1);
  });
});
