import { call, harness, useDb } from "@/test/action-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, auditRefusalTallies } from "@/db/schema";
import { publishListAction } from "@/app/(portal)/lijsten/actions";
import { freshDb, testDatabases } from "@/test/databases";

// Finding 7: 200 refused anonymous requests used to write 200 rows.
describe.each(testDatabases)("anonieme stormloop op een actie op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
    useDb(db);
    harness.viewer = null;
  });
  afterAll(() => close());

  it("50 parallel anonymous publish attempts are refused and logged as one row with a count", async () => {
    const before = await db.$count(auditEvents);
    const results = await Promise.all(Array.from({ length: 50 }, () => call(publishListAction, { note: "storm" })));
    expect(results.every((r) => r.state && !r.state.ok)).toBe(true);
    const rows = await db.select().from(auditEvents).where(eq(auditEvents.action, "list.publish"));
    // A minute boundary in the middle of the burst rightly gives a second row.
    expect(rows.length).toBeLessThanOrEqual(2);
    expect(rows[0]).toMatchObject({ actorLabel: "anoniem", result: "denied" });
    expect((await db.$count(auditEvents)) - before).toBe(rows.length);
    const tallies = await db.select().from(auditRefusalTallies);
    expect(tallies.reduce((n, t) => n + t.repeats + 1, 0)).toBe(50);
  }, 120_000);
});
