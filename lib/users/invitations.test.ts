import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, userInvitations, userSessions, users } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit/chain";
import { activateAccount, checkInvitation, createInvitation, INVITATION_DAYS } from "@/lib/users/invitations";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { freshDb, testDatabases } from "@/test/databases";

const DAY = 24 * 3600_000;

describe.each(testDatabases)("uitnodigingen op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let n = 0;
  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
  });
  afterAll(() => close());

  async function newUser(values: Partial<typeof users.$inferInsert> = {}) {
    const [row] = await db.insert(users).values({ email: `persoon${++n}@voorbeeld.nl`, name: `Persoon ${n}`, ...values }).returning({ id: users.id });
    return row.id;
  }
  const invite = (userId: string, now?: Date) => db.transaction((tx) => createInvitation(tx, userId, now));
  const passwordHashOf = async (userId: string) => (await db.select({ h: users.passwordHash }).from(users).where(eq(users.id, userId)))[0].h;

  it("stores only the sha256 hash of a random 256-bit token, valid for 7 days", async () => {
    const userId = await newUser();
    const before = Date.now();
    const { token, invitationId, expiresAt } = await invite(userId);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await db.select().from(userInvitations).where(eq(userInvitations.id, invitationId));
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(expiresAt.getTime() - before).toBeGreaterThanOrEqual(INVITATION_DAYS * DAY - 1000);
    expect(expiresAt.getTime() - before).toBeLessThanOrEqual(INVITATION_DAYS * DAY + 5000);
    const second = await invite(userId);
    expect(second.token).not.toBe(token);
  });

  it("activation sets a password that verifies, marks the link used and audits without secrets", async () => {
    const userId = await newUser();
    const { token } = await invite(userId);
    const password = "een zin van vier woorden";
    const result = await activateAccount(db, { token, password, ip: "192.0.2.1" });
    expect(result).toMatchObject({ ok: true, userId });

    const hash = await passwordHashOf(userId);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, password)).toBe(true);
    expect(await verifyPassword(hash, "een ander wachtwoord")).toBe(false);
    const [invitation] = await db.select({ usedAt: userInvitations.usedAt }).from(userInvitations).where(eq(userInvitations.userId, userId));
    expect(invitation.usedAt).toBeInstanceOf(Date);

    const events = await db.select().from(auditEvents).where(eq(auditEvents.objectId, userId));
    expect(events.map((e) => [e.action, e.result])).toEqual([["user.activate", "success"]]);
    const serialised = JSON.stringify(events);
    expect(serialised).not.toContain(token);
    expect(serialised).not.toContain(password);
    expect(serialised).not.toContain(hash!);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("refuses a used link and leaves the chosen password alone", async () => {
    const userId = await newUser();
    const { token } = await invite(userId);
    await activateAccount(db, { token, password: "eerste wachtwoord 123", ip: null });
    const again = await activateAccount(db, { token, password: "tweede wachtwoord 456", ip: null });
    expect(again).toMatchObject({ ok: false, problem: "used" });
    expect(await verifyPassword(await passwordHashOf(userId), "eerste wachtwoord 123")).toBe(true);
    const denied = await db.select().from(auditEvents).where(eq(auditEvents.objectId, userId));
    expect(denied.map((e) => e.result)).toEqual(["success", "denied"]);
  });

  it("refuses an expired link", async () => {
    const userId = await newUser();
    const { token } = await invite(userId, new Date(Date.now() - (INVITATION_DAYS + 1) * DAY));
    expect(await checkInvitation(db, token)).toMatchObject({ ok: false, problem: "expired" });
    expect(await activateAccount(db, { token, password: "te laat gekozen wachtwoord", ip: null })).toMatchObject({ ok: false, problem: "expired" });
    expect(await passwordHashOf(userId)).toBeNull();
  });

  it("accepts a link until just before it expires", async () => {
    const userId = await newUser();
    const issuedAt = new Date(Date.now() - INVITATION_DAYS * DAY + 60_000);
    const { token } = await invite(userId, issuedAt);
    expect(await checkInvitation(db, token)).toMatchObject({ ok: true, userId });
  });

  it("withdraws the earlier link when a new one is made", async () => {
    const userId = await newUser();
    const first = await invite(userId);
    const second = await invite(userId);
    expect(second.withdrawn).toBe(1);
    expect(await checkInvitation(db, first.token)).toMatchObject({ ok: false, problem: "expired" });
    expect(await checkInvitation(db, second.token)).toMatchObject({ ok: true });
  });

  it("refuses unknown and malformed tokens, and links of deactivated accounts", async () => {
    expect(await checkInvitation(db, "x".repeat(43))).toEqual({ ok: false, problem: "unknown" });
    expect(await checkInvitation(db, "../../etc/passwd")).toEqual({ ok: false, problem: "unknown" });
    const userId = await newUser();
    const { token } = await invite(userId);
    await db.update(users).set({ active: false }).where(eq(users.id, userId));
    expect(await activateAccount(db, { token, password: "gedeactiveerd wachtwoord", ip: null })).toMatchObject({ ok: false, problem: "inactive" });
    expect(await passwordHashOf(userId)).toBeNull();
  });

  it("ends the sessions that were open under the old password", async () => {
    const userId = await newUser({ passwordHash: await hashPassword("oud wachtwoord van lang geleden") });
    await db.insert(userSessions).values({ userId, expiresAt: new Date(Date.now() + DAY) });
    const { token } = await invite(userId);
    await activateAccount(db, { token, password: "nieuw wachtwoord na reset", ip: null });
    const sessions = await db.select({ endedAt: userSessions.endedAt }).from(userSessions).where(eq(userSessions.userId, userId));
    expect(sessions).toHaveLength(1);
    expect(sessions[0].endedAt).toBeInstanceOf(Date);
  });

  it("lets a link work exactly once, even when used twice at the same moment", async () => {
    const userId = await newUser();
    const { token } = await invite(userId);
    const results = await Promise.all([
      activateAccount(db, { token, password: "gelijktijdig wachtwoord A", ip: null }),
      activateAccount(db, { token, password: "gelijktijdig wachtwoord B", ip: null }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ ok: false, problem: "used" })]);
  });
});
