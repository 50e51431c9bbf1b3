import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { seededDb, testDatabases } from "@/test/databases";
import { auditEvents, recoveryCodes, roleChangeRequests, secondFactors, userSessions } from "@/db/schema";
import type { Db } from "@/db/client";
import { replaceRecoveryCodes } from "@/lib/auth/second-factor/store";
import { requestSecondFactorResetAction } from "../gebruikers/actions";
import { approveRequestAction } from "./actions";

describe.each(testDatabases)("tweede factor opnieuw instellen onder vier ogen op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let first: TestViewer;
  let second: TestViewer;
  let staff: TestViewer;
  let ciso: TestViewer;
  const previousSecret = process.env.AUTH_SECRET;

  beforeAll(async () => {
    // With AUTH_SECRET the demo CISO and beheerders get the demo's second factor.
    process.env.AUTH_SECRET = "test-secret-for-the-second-factor-reset-0123";
    ({ db, close } = await seededDb(url));
    useDb(db);
    first = await viewerFor(db, "beheerder@voorbeeld.nl");
    second = await viewerFor(db, "beheerder2@voorbeeld.nl");
    staff = await viewerFor(db, "medewerker@voorbeeld.nl");
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
  });
  afterAll(async () => {
    process.env.AUTH_SECRET = previousSecret;
    await close();
  });

  const factorOf = async (userId: string) => (await db.select().from(secondFactors).where(eq(secondFactors.userId, userId)))[0] ?? null;
  const openSessions = async (userId: string) => (await db.select().from(userSessions).where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt)))).length;
  const pendingFor = async (userId: string) => (await db.select().from(roleChangeRequests).where(and(eq(roleChangeRequests.userId, userId), eq(roleChangeRequests.status, "pending"))))[0];

  it("a medewerker cannot ask for it: refused, logged as denied, nothing opened", async () => {
    harness.viewer = staff;
    const { state } = await call(requestSecondFactorResetAction, { id: ciso.id, resetReason: "telefoon kwijt" });
    expect(state).toMatchObject({ ok: false, message: "U heeft geen toestemming voor deze handeling." });
    expect(await pendingFor(ciso.id)).toBeUndefined();
    const [denied] = await db.select().from(auditEvents).where(and(eq(auditEvents.actorId, staff.id), eq(auditEvents.action, "approval.request"), eq(auditEvents.result, "denied")));
    expect(denied).toBeDefined();
  });

  it("needs a reason, and a factor to reset", async () => {
    harness.viewer = first;
    const noReason = await call(requestSecondFactorResetAction, { id: ciso.id, resetReason: "" });
    expect(noReason.state).toMatchObject({ ok: false, fieldErrors: { resetReason: [expect.stringContaining("Schrijf op waarom")] } });
    const none = await call(requestSecondFactorResetAction, { id: staff.id, resetReason: "telefoon kwijt" });
    expect(none.state).toMatchObject({ ok: false, message: "Noor Bakker heeft geen tweede factor. Er is niets om opnieuw in te stellen." });
    expect(await pendingFor(ciso.id)).toBeUndefined();
  });

  it("the requester cannot approve; a second beheerder's approval wipes factor and codes and ends the sessions", async () => {
    await db.transaction((tx) => replaceRecoveryCodes(tx, ciso.id, new Date()));
    await db.insert(userSessions).values({ userId: ciso.id, expiresAt: new Date(Date.now() + 3600_000) });
    expect((await factorOf(ciso.id))?.confirmedAt).toBeInstanceOf(Date);

    harness.viewer = first;
    const asked = await call(requestSecondFactorResetAction, { id: ciso.id, resetReason: "telefoon verloren, gemeld per telefoon" });
    expect(asked.state).toMatchObject({ ok: true, message: expect.stringContaining("is aangevraagd") });
    const request = await pendingFor(ciso.id);
    expect(request).toMatchObject({ kind: "second_factor_reset", requestedById: first.id });

    const own = await call(approveRequestAction, { id: String(request.id), note: "" });
    expect(own.state).toMatchObject({ ok: false });
    expect(await factorOf(ciso.id)).not.toBeNull();

    harness.viewer = staff;
    expect((await call(approveRequestAction, { id: String(request.id), note: "" })).state).toMatchObject({ ok: false });
    harness.viewer = ciso;
    expect((await call(approveRequestAction, { id: String(request.id), note: "" })).state).toMatchObject({ ok: false });
    expect(await factorOf(ciso.id)).not.toBeNull();
    expect(await openSessions(ciso.id)).toBe(1);

    harness.viewer = second;
    const approved = await call(approveRequestAction, { id: String(request.id), note: "teruggebeld op het bekende nummer" });
    expect(approved.state).toMatchObject({ ok: true, message: expect.stringContaining("tweede factor van Marieke de Vries is gewist") });
    expect(await factorOf(ciso.id)).toBeNull();
    expect(await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, ciso.id))).toHaveLength(0);
    expect(await openSessions(ciso.id)).toBe(0);
    const [audit] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "auth.second_factor.reset"), eq(auditEvents.objectId, ciso.id)));
    expect(audit).toMatchObject({ actorId: second.id, result: "success" });
  });
});
