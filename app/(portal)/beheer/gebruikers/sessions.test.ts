import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { auditEvents, userSessions } from "@/db/schema";
import type { Db } from "@/db/client";
import { endUserSessionsAction } from "./actions";

describe.each(testDatabases)("sessies van een ander beëindigen op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let beheerder: TestViewer;
  let staff: TestViewer;
  let ciso: TestViewer;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    beheerder = await viewerFor(db, "beheerder@voorbeeld.nl");
    staff = await viewerFor(db, "medewerker@voorbeeld.nl");
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
  });
  afterAll(() => close());

  const openSessions = (userId: string, n: number) =>
    db.insert(userSessions).values(Array.from({ length: n }, () => ({ userId, expiresAt: new Date(Date.now() + 3600_000) })));
  const openCount = async (userId: string) => (await db.select().from(userSessions).where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt)))).length;
  const confirm = (id: string) => ({ id, confirmEndSessions: "ja" });

  it("refuses a medewerker and a CISO: nothing ends and each attempt is logged as denied", async () => {
    await openSessions(staff.id, 2);
    for (const viewer of [staff, ciso]) {
      harness.viewer = viewer;
      const { state } = await call(endUserSessionsAction, confirm(staff.id));
      expect(state).toMatchObject({ ok: false, message: "U heeft geen toestemming voor deze handeling." });
      expect(await lastAuditEvent(db)).toMatchObject({ actorId: viewer.id, objectType: "permission", objectId: "sessions.end_any", result: "denied" });
    }
    expect(await openCount(staff.id)).toBe(2);
  });

  it("needs the confirmation box ticked", async () => {
    harness.viewer = beheerder;
    const { state } = await call(endUserSessionsAction, { id: staff.id });
    expect(state).toMatchObject({ ok: false, fieldErrors: { confirmEndSessions: [expect.stringContaining("vinkje")] } });
    expect(await openCount(staff.id)).toBe(2);
  });

  it("ends every open session of the person, none of anyone else, with the count in the audit row", async () => {
    await openSessions(ciso.id, 1);
    harness.viewer = beheerder;
    const { redirectTo } = await call(endUserSessionsAction, confirm(staff.id));
    expect(redirectTo).toBe(`/beheer/gebruikers/${staff.id}`);
    expect(await openCount(staff.id)).toBe(0);
    expect(await openCount(ciso.id)).toBe(1);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "session.end_all", objectType: "user", objectId: staff.id, actorId: beheerder.id, after: { count: 2 } });

    const again = await call(endUserSessionsAction, confirm(staff.id));
    expect(again.state).toMatchObject({ ok: false, message: expect.stringContaining("nergens ingelogd") });
  });

  it("of 50 parallel requests, one ends the sessions and writes the one audit row", async () => {
    await openSessions(staff.id, 3);
    harness.viewer = beheerder;
    const where = and(eq(auditEvents.action, "session.end_all"), eq(auditEvents.objectId, staff.id), eq(auditEvents.result, "success"));
    const before = (await db.select().from(auditEvents).where(where)).length;
    const results = await Promise.all(Array.from({ length: 50 }, () => call(endUserSessionsAction, confirm(staff.id))));
    expect(results.filter((r) => r.redirectTo)).toHaveLength(1);
    const rows = await db.select().from(auditEvents).where(where);
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)?.after).toEqual({ count: 3 });
  });
});
