import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { auditEvents, DEFAULT_REMINDER_LADDER, listVersions, policyAcknowledgements, policyVersions, users } from "@/db/schema";
import type { Db } from "@/db/client";
import type { PolicyVersion } from "@/db/queries/policy-audience";
import { acknowledgementStatement } from "@/lib/policy/acknowledge";
import { acknowledgePolicyAction } from "./actions";

describe.each(testDatabases)("kennisnemen van het beleid op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let staff: TestViewer;
  let ciso: TestViewer;
  let older: PolicyVersion;
  let current: PolicyVersion;
  let number = 100;
  let serial = 0;

  async function publishVersion(values: Partial<typeof policyVersions.$inferInsert> = {}): Promise<PolicyVersion> {
    const [{ id: listVersionId }] = await db.select({ id: listVersions.id }).from(listVersions).limit(1);
    const [row] = await db
      .insert(policyVersions)
      .values({
        number: number++, title: "Apps uit risicolanden", body: "# Beleid\n\nVerwijder de apps.", listVersionId,
        effectiveOn: "2026-01-01", acknowledgeBy: "2026-12-12", reminderLadder: DEFAULT_REMINDER_LADDER,
        publishedAt: new Date("2026-01-01T08:00:00Z"), publishedByName: "test", ...values,
      })
      .returning();
    return row;
  }

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    staff = await viewerFor(db, "medewerker@voorbeeld.nl");
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
    older = await publishVersion();
    current = await publishVersion();
  });
  afterAll(() => close());

  /** A colleague of their own per test, so tests do not depend on each other's acknowledgements. */
  async function colleague(): Promise<TestViewer> {
    serial++;
    const [row] = await db.insert(users)
      .values({ email: `kennis${serial}@voorbeeld.nl`, name: `Kennis Nemer ${serial}`, roles: ["medewerker"], createdAt: new Date("2025-06-01T08:00:00Z") })
      .returning({ id: users.id, name: users.name, email: users.email, roles: users.roles });
    return { ...row, sessionId: "00000000-0000-0000-0000-000000000000" };
  }
  const ticked = (versionId: number) => ({ policyVersionId: String(versionId), read: "ja", removal: "ja" });
  const rowsOf = (userId: string, versionId = current.id) =>
    db.select().from(policyAcknowledgements).where(and(eq(policyAcknowledgements.userId, userId), eq(policyAcknowledgements.policyVersionId, versionId)));
  const auditCount = (action: string, result: "success" | "denied" = "success") =>
    db.$count(auditEvents, and(eq(auditEvents.action, action), eq(auditEvents.result, result)));

  it("stores the statement exactly as shown, with the person's due date, a readable code and an audit row", async () => {
    harness.viewer = staff;
    const { redirectTo } = await call(acknowledgePolicyAction, ticked(current.id));
    expect(redirectTo).toBe("/kennisnemen");
    const [row] = await rowsOf(staff.id);
    expect(row).toMatchObject({ statement: acknowledgementStatement("2026-12-12"), removeBy: "2026-12-12", ip: "192.0.2.10" });
    expect(row.statement).toBe("Ik heb het beleid gelezen.\nOp mijn werkapparaten staan geen van deze apps, of ik verwijder ze vóór 12 december 2026.");
    expect(row.verificationCode).toMatch(/^KN-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(await lastAuditEvent(db)).toMatchObject({
      action: "policy.acknowledge", actorId: staff.id, result: "success", objectType: "policy_acknowledgement", objectId: String(row.id),
      after: { policyVersionId: current.id, userId: staff.id, verificationCode: row.verificationCode },
    });
  });

  it("a second submission is told it was already done, and stores nothing", async () => {
    const person = await colleague();
    harness.viewer = person;
    await call(acknowledgePolicyAction, ticked(current.id));
    const before = await auditCount("policy.acknowledge");
    const { state, redirectTo } = await call(acknowledgePolicyAction, ticked(current.id));
    expect(redirectTo).toBeNull();
    expect(state).toMatchObject({ ok: true, message: expect.stringContaining("U had al kennisgenomen van versie") });
    expect(await rowsOf(person.id)).toHaveLength(1);
    expect(await auditCount("policy.acknowledge")).toBe(before);
  });

  it("ignores a posted userId: nobody can acknowledge for someone else", async () => {
    const victim = await colleague();
    const attacker = await colleague();
    harness.viewer = attacker;
    const { redirectTo } = await call(acknowledgePolicyAction, { ...ticked(current.id), userId: victim.id, user_id: victim.id });
    expect(redirectTo).toBe("/kennisnemen");
    expect(await rowsOf(victim.id)).toEqual([]);
    expect(await rowsOf(attacker.id)).toHaveLength(1);
  });

  it("asks for both ticks with a message per field, and stores nothing", async () => {
    const person = await colleague();
    harness.viewer = person;
    const { state } = await call(acknowledgePolicyAction, { policyVersionId: String(current.id), read: "ja" });
    expect(state).toMatchObject({ ok: false, fieldErrors: { removal: [expect.stringContaining("Vink aan")] } });
    const { state: none } = await call(acknowledgePolicyAction, { policyVersionId: String(current.id), read: "nee" });
    expect(Object.keys((none as { fieldErrors: object }).fieldErrors).sort()).toEqual(["read", "removal"]);
    expect(await rowsOf(person.id)).toEqual([]);
  });

  it("refuses a version that is not the current one: an older one, a draft, one that does not exist", async () => {
    const person = await colleague();
    harness.viewer = person;
    const { state } = await call(acknowledgePolicyAction, ticked(older.id));
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining("niet de versie van het beleid die nu geldt") });
    const [draft] = await db.insert(policyVersions)
      .values({ title: "Concept", body: "x", listVersionId: current.listVersionId, effectiveOn: "2026-01-01", acknowledgeBy: "2026-12-12", reminderLadder: DEFAULT_REMINDER_LADDER })
      .returning();
    expect((await call(acknowledgePolicyAction, ticked(draft.id))).state).toMatchObject({ ok: false, message: expect.stringContaining("niet de versie") });
    await db.delete(policyVersions).where(eq(policyVersions.id, draft.id));
    expect((await call(acknowledgePolicyAction, ticked(999_999))).state).toMatchObject({ ok: false, message: "Deze beleidsversie bestaat niet." });
    expect(await db.select().from(policyAcknowledgements).where(eq(policyAcknowledgements.userId, person.id))).toEqual([]);
  });

  it("refuses someone the version does not ask (a raadslid without a municipal device), logged as denied", async () => {
    harness.viewer = await viewerFor(db, "raadslid@voorbeeld.nl");
    const { state } = await call(acknowledgePolicyAction, ticked(current.id));
    expect(state).toMatchObject({ ok: false, message: "U heeft geen toestemming voor deze handeling." });
    expect(await rowsOf(harness.viewer.id)).toEqual([]);
    expect(await lastAuditEvent(db)).toMatchObject({
      action: "policy.acknowledge", actorId: harness.viewer.id, result: "denied", objectType: "policy_version", objectId: String(current.id),
    });
  });

  it("refuses without a session, logged as denied", async () => {
    harness.viewer = null;
    const { state } = await call(acknowledgePolicyAction, ticked(current.id));
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining("niet ingelogd") });
    expect(await lastAuditEvent(db)).toMatchObject({ action: "policy.acknowledge", result: "denied", actorId: null });
  });

  it("200 parallel submissions by one person give one row and one audit row; the rest hear it was already done", async () => {
    const person = await colleague();
    harness.viewer = person;
    const before = await auditCount("policy.acknowledge");
    const results = await Promise.all(Array.from({ length: 200 }, () => call(acknowledgePolicyAction, ticked(current.id))));
    expect(results.filter((r) => r.redirectTo === "/kennisnemen")).toHaveLength(1);
    const others = results.filter((r) => r.redirectTo === null).map((r) => r.state);
    expect(others).toHaveLength(199);
    for (const state of others) expect(state).toMatchObject({ ok: true, message: expect.stringContaining("U had al kennisgenomen") });
    expect(await rowsOf(person.id)).toHaveLength(1);
    expect(await auditCount("policy.acknowledge")).toBe(before + 1);
  });

  it("a new version asks again; the earlier acknowledgement stays on record", async () => {
    const person = await colleague();
    harness.viewer = person;
    await call(acknowledgePolicyAction, ticked(current.id));
    const next = await publishVersion();
    expect((await call(acknowledgePolicyAction, ticked(current.id))).state).toMatchObject({ ok: false, message: expect.stringContaining("niet de versie") });
    expect((await call(acknowledgePolicyAction, ticked(next.id))).redirectTo).toBe("/kennisnemen");
    expect(await rowsOf(person.id, current.id)).toHaveLength(1);
    expect(await rowsOf(person.id, next.id)).toHaveLength(1);
    current = next;
  });

  it("the CISO is asked too, as staff", async () => {
    harness.viewer = ciso;
    expect((await call(acknowledgePolicyAction, ticked(current.id))).redirectTo).toBe("/kennisnemen");
  });
});
