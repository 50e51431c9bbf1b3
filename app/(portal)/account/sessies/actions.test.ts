import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { auditEvents, userSessions } from "@/db/schema";
import type { Db } from "@/db/client";
import { endSessionAction } from "./actions";
import { endOtherSessionsAction } from "./end-others-action";

const NOT_FOUND = "Deze sessie bestaat niet of is al beëindigd.";

describe.each(testDatabases)("mijn sessies op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let staff: TestViewer;
  let ciso: TestViewer;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    staff = await viewerFor(db, "medewerker@voorbeeld.nl");
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
  });
  afterAll(() => close());

  async function openSession(userId: string) {
    const [row] = await db.insert(userSessions).values({ userId, expiresAt: new Date(Date.now() + 3600_000), userAgent: "Firefox/133.0" }).returning({ id: userSessions.id });
    return row.id;
  }
  const endedAt = async (id: string) => (await db.select({ endedAt: userSessions.endedAt }).from(userSessions).where(eq(userSessions.id, id)))[0].endedAt;
  const openCount = async (userId: string) => (await db.select().from(userSessions).where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt)))).length;
  const auditRows = (action: string, objectId: string) =>
    db.select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.objectId, objectId), eq(auditEvents.result, "success")));

  it("ends one of the person's own sessions, with an audit row", async () => {
    harness.viewer = { ...staff, sessionId: await openSession(staff.id) };
    const other = await openSession(staff.id);
    const { redirectTo } = await call(endSessionAction, { id: other });
    expect(redirectTo).toBe("/account/sessies");
    expect(await endedAt(other)).toBeInstanceOf(Date);
    expect(await endedAt(harness.viewer.sessionId)).toBeNull();
    expect(await lastAuditEvent(db)).toMatchObject({ action: "session.end", objectType: "session", objectId: other, actorId: staff.id, result: "success" });
  });

  it("answers someone else's session like an unknown one, ends nothing and logs the attempt as denied", async () => {
    const theirs = await openSession(ciso.id);
    harness.viewer = { ...staff, sessionId: await openSession(staff.id) };
    const refused = await call(endSessionAction, { id: theirs });
    expect(refused.state).toEqual({ ok: false, message: NOT_FOUND });
    expect(await endedAt(theirs)).toBeNull();
    expect(await lastAuditEvent(db)).toMatchObject({ action: "session.end", objectType: "session", objectId: theirs, actorId: staff.id, result: "denied" });

    const unknown = await call(endSessionAction, { id: "0b5d6f4e-8c1a-4e57-9a51-1f2b3c4d5e6f" });
    expect(unknown.state).toMatchObject({ ok: false, message: NOT_FOUND });
  });

  it("refuses an anonymous caller both actions and logs it", async () => {
    const mine = await openSession(staff.id);
    harness.viewer = null;
    for (const attempt of [() => call(endSessionAction, { id: mine }), () => call(endOtherSessionsAction, {})]) {
      const { state } = await attempt();
      expect(state).toMatchObject({ ok: false, message: expect.stringContaining("niet ingelogd") });
      expect(await lastAuditEvent(db)).toMatchObject({ actorId: null, objectType: "permission", objectId: "sessions.own", result: "denied" });
    }
    expect(await endedAt(mine)).toBeNull();
  });

  it("of 50 parallel requests to end the same session, one ends it and writes the audit row", async () => {
    harness.viewer = { ...staff, sessionId: await openSession(staff.id) };
    const target = await openSession(staff.id);
    const results = await Promise.all(Array.from({ length: 50 }, () => call(endSessionAction, { id: target })));
    expect(results.filter((r) => r.redirectTo)).toHaveLength(1);
    expect(results.filter((r) => r.state?.message === NOT_FOUND)).toHaveLength(49);
    expect(await auditRows("session.end", target)).toHaveLength(1);
  });

  it("ends every other open session, keeps this one and someone else's, and counts them in the audit row", async () => {
    const current = await openSession(ciso.id);
    await Promise.all([openSession(ciso.id), openSession(ciso.id), openSession(ciso.id)]);
    const bystander = await openSession(staff.id);
    harness.viewer = { ...ciso, sessionId: current };
    const before = await openCount(ciso.id);
    const { redirectTo } = await call(endOtherSessionsAction, {});
    expect(redirectTo).toBe("/account/sessies");
    expect(await openCount(ciso.id)).toBe(1);
    expect(await endedAt(current)).toBeNull();
    expect(await endedAt(bystander)).toBeNull();
    expect(await lastAuditEvent(db)).toMatchObject({ action: "session.end_all", objectType: "user", objectId: ciso.id, after: { count: before - 1, kept: current } });

    const again = await call(endOtherSessionsAction, {});
    expect(again.state).toMatchObject({ ok: false, message: "U heeft geen andere open sessies." });
  });

  it("of 50 parallel 'end all other sessions', one does the work and writes the one audit row", async () => {
    const current = await openSession(ciso.id);
    await Promise.all([openSession(ciso.id), openSession(ciso.id)]);
    harness.viewer = { ...ciso, sessionId: current };
    const before = (await auditRows("session.end_all", ciso.id)).length;
    const others = (await openCount(ciso.id)) - 1;
    const results = await Promise.all(Array.from({ length: 50 }, () => call(endOtherSessionsAction, {})));
    expect(results.filter((r) => r.redirectTo)).toHaveLength(1);
    const rows = await auditRows("session.end_all", ciso.id);
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)?.after).toMatchObject({ count: others });
    expect(await openCount(ciso.id)).toBe(1);
  });
});
