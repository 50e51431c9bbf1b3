import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, loginChallenges, recoveryCodes, secondFactors, userSessions, users } from "@/db/schema";
import type { Role } from "@/db/schema/enums";
import { attemptLogin } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/passwords";
import { freshDb, testDatabases } from "@/test/databases";
import { completeSecondFactor, confirmLoginEnrolment, MAX_CODE_ATTEMPTS, readChallenge } from "./challenge";
import { encryptSecret } from "./crypto";
import { pendingSecret } from "./store";
import { codeAt, newTotpSecret } from "./totp";

const PASSWORD = "fietsbel kaas regenjas";
const T0 = new Date("2026-11-26T09:00:05Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const noSleep = { sleep: async () => {} };

describe.each(testDatabases)("tweede factor bij inloggen op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let passwordHash: string;
  let n = 0;
  const previousSecret = process.env.AUTH_SECRET;

  beforeAll(async () => {
    process.env.AUTH_SECRET = "test-secret-for-the-second-factor-0123456789";
    ({ db, close } = await freshDb(url));
    passwordHash = await hashPassword(PASSWORD);
  });
  afterAll(async () => {
    process.env.AUTH_SECRET = previousSecret;
    await close();
  });

  async function newUser(roles: Role[], secret?: string) {
    const email = `tf${++n}-${Date.now()}@voorbeeld.nl`;
    const [row] = await db.insert(users).values({ email, name: `Collega ${n}`, passwordHash, roles }).returning({ id: users.id });
    if (secret) await db.insert(secondFactors).values({ userId: row.id, secretEncrypted: encryptSecret(secret, row.id), confirmedAt: T0 });
    return { id: row.id, email };
  }
  async function passwordStep(email: string, now = T0) {
    const outcome = await attemptLogin(db, { email, password: PASSWORD, ip: "192.0.2.20" }, { ...noSleep, now: () => now });
    if (outcome.ok || outcome.reason !== "second_factor") throw new Error(`expected a second-factor challenge, got ${JSON.stringify(outcome)}`);
    return outcome;
  }
  const code = (token: string, value: string, now = T0) => completeSecondFactor(db, { kind: "code", code: value }, { token, ip: "192.0.2.20", now });
  const sessionsOf = async (userId: string) => (await db.select().from(userSessions).where(eq(userSessions.userId, userId))).length;

  it("lets a medewerker without a factor in as before, with a session at once", async () => {
    const user = await newUser(["medewerker"]);
    const outcome = await attemptLogin(db, { email: user.email, password: PASSWORD, ip: null }, noSleep);
    expect(outcome.ok).toBe(true);
    expect(await sessionsOf(user.id)).toBe(1);
  });

  it("gives an account with a factor no session after the password; the right code opens one, audited", async () => {
    const secret = newTotpSecret();
    const user = await newUser(["medewerker"], secret);
    const challenge = await passwordStep(user.email);
    expect(challenge.purpose).toBe("verify");
    expect(await sessionsOf(user.id)).toBe(0);
    const [stored] = await db.select().from(loginChallenges).where(eq(loginChallenges.userId, user.id));
    expect(stored.tokenHash).not.toBe(challenge.challengeToken);
    expect(stored.expiresAt.getTime() - T0.getTime()).toBe(5 * 60_000);

    const outcome = await code(challenge.challengeToken, codeAt(secret, T0), at(2));
    expect(outcome).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await sessionsOf(user.id)).toBe(1);
    const [audit] = await db.select().from(auditEvents).where(and(eq(auditEvents.actorId, user.id), eq(auditEvents.action, "auth.second_factor.verify")));
    expect(audit).toMatchObject({ result: "success", objectType: "session" });
    // The challenge is spent: the same token does not open a second session.
    expect(await code(challenge.challengeToken, codeAt(secret, at(30)), at(31))).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses a wrong code and a code already used in another login (replay within its window)", async () => {
    const secret = newTotpSecret();
    const user = await newUser(["medewerker"], secret);
    const first = await passwordStep(user.email);
    expect(await code(first.challengeToken, codeAt(secret, at(-120)), at(1))).toEqual({ ok: false, reason: "wrong" });
    expect(await code(first.challengeToken, codeAt(secret, T0), at(1))).toMatchObject({ ok: true });
    const second = await passwordStep(user.email, at(5));
    expect(await code(second.challengeToken, codeAt(secret, T0), at(6))).toEqual({ ok: false, reason: "replayed" });
    // An older code of the window is a replay too: the guard only moves forward.
    expect(await code(second.challengeToken, codeAt(secret, at(-30)), at(6))).toEqual({ ok: false, reason: "replayed" });
    expect(await code(second.challengeToken, codeAt(secret, at(30)), at(7))).toMatchObject({ ok: true });
    expect(await sessionsOf(user.id)).toBe(2);
    const failures = await db.select().from(auditEvents).where(and(eq(auditEvents.actorId, user.id), eq(auditEvents.action, "auth.second_factor.verify"), eq(auditEvents.result, "failure")));
    expect(failures.map((f) => (f.after as { reason: string }).reason).sort()).toEqual(["replayed", "replayed", "wrong"]);
  });

  it("opens exactly one session for 50 parallel submissions of one code, on one challenge and on 50", async () => {
    const secret = newTotpSecret();
    const user = await newUser(["ciso"], secret);
    const one = await passwordStep(user.email);
    const same = await Promise.all(Array.from({ length: 50 }, () => code(one.challengeToken, codeAt(secret, T0), at(1))));
    expect(same.filter((o) => o.ok)).toHaveLength(1);
    expect(await sessionsOf(user.id)).toBe(1);

    const many = [];
    for (let i = 0; i < 50; i++) many.push(await passwordStep(user.email, at(40)));
    const step2 = codeAt(secret, at(60));
    const outcomes = await Promise.all(many.map((c) => code(c.challengeToken, step2, at(45))));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    // The others are replays, until the replays use up the account's budget of wrong codes.
    const reasons = outcomes.flatMap((o) => (o.ok ? [] : [o.reason]));
    expect(reasons).toHaveLength(49);
    expect(reasons.every((r) => r === "replayed" || r === "too_many")).toBe(true);
    expect(reasons.filter((r) => r === "replayed").length).toBeGreaterThanOrEqual(9);
    expect(await sessionsOf(user.id)).toBe(2);
  });

  it("takes a recovery code once; the second use is refused", async () => {
    const user = await newUser(["beheerder"]);
    const challenge = await passwordStep(user.email);
    expect(challenge.purpose).toBe("enroll");
    const secret = (await pendingSecret(db, user.id))!;
    const enrolled = await confirmLoginEnrolment(db, codeAt(secret, T0), { token: challenge.challengeToken, ip: null, now: at(1) });
    if (!enrolled.ok) throw new Error(enrolled.reason);
    expect(await completeSecondFactor(db, { kind: "finish" }, { token: challenge.challengeToken, ip: null, now: at(2) })).toMatchObject({ ok: true });

    const [recovery] = enrolled.recoveryCodes;
    const later = await passwordStep(user.email, at(100));
    const used = await completeSecondFactor(db, { kind: "recovery", code: recovery.toUpperCase() }, { token: later.challengeToken, ip: null, now: at(101) });
    expect(used).toMatchObject({ ok: true });
    const again = await passwordStep(user.email, at(200));
    expect(await completeSecondFactor(db, { kind: "recovery", code: recovery }, { token: again.challengeToken, ip: null, now: at(201) })).toEqual({ ok: false, reason: "recovery_used" });
    expect(await completeSecondFactor(db, { kind: "recovery", code: "aaaaa-bbbbb" }, { token: again.challengeToken, ip: null, now: at(202) })).toEqual({ ok: false, reason: "recovery_wrong" });
    const unused = await db.select().from(recoveryCodes).where(and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)));
    expect(unused).toHaveLength(9);
    expect(unused.every((r) => /^[0-9a-f]{64}$/.test(r.codeHash))).toBe(true);
  });

  it("refuses an expired challenge, and stops after 5 wrong codes even for the right one", async () => {
    const secret = newTotpSecret();
    const user = await newUser(["medewerker"], secret);
    const late = await passwordStep(user.email);
    expect(await code(late.challengeToken, codeAt(secret, at(301)), at(301))).toEqual({ ok: false, reason: "expired" });
    expect(await readChallenge(db, late.challengeToken, at(301))).toBeNull();

    const challenge = await passwordStep(user.email, at(400));
    for (let i = 0; i < MAX_CODE_ATTEMPTS; i++) expect(await code(challenge.challengeToken, "000000", at(401))).toMatchObject({ ok: false });
    expect(await code(challenge.challengeToken, codeAt(secret, at(401)), at(402))).toEqual({ ok: false, reason: "too_many" });
    expect(await readChallenge(db, challenge.challengeToken, at(402))).toBeNull();
    expect(await sessionsOf(user.id)).toBe(0);
    // A new password step does not buy many more guesses: the account's budget over 15 minutes counts all of them.
    const next = await passwordStep(user.email, at(410));
    for (let i = 0; i < MAX_CODE_ATTEMPTS; i++) await code(next.challengeToken, "000000", at(411));
    const third = await passwordStep(user.email, at(420));
    expect(await code(third.challengeToken, codeAt(secret, at(420)), at(421))).toEqual({ ok: false, reason: "too_many" });
  });

  it("makes a CISO without a factor set one up before any session; a wrong code does not confirm it", async () => {
    const user = await newUser(["ciso", "medewerker"]);
    const challenge = await passwordStep(user.email);
    expect(challenge.purpose).toBe("enroll");
    const secret = (await pendingSecret(db, user.id))!;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // Neither a code nor "finish" opens a session before the factor is confirmed.
    expect(await code(challenge.challengeToken, codeAt(secret, T0), at(1))).toEqual({ ok: false, reason: "not_enrolled" });
    expect(await completeSecondFactor(db, { kind: "finish" }, { token: challenge.challengeToken, ip: null, now: at(1) })).toEqual({ ok: false, reason: "not_enrolled" });
    expect(await confirmLoginEnrolment(db, "000000", { token: challenge.challengeToken, ip: null, now: at(2) })).toEqual({ ok: false, reason: "wrong" });
    const [pending] = await db.select().from(secondFactors).where(eq(secondFactors.userId, user.id));
    expect(pending.confirmedAt).toBeNull();
    expect(pending.secretEncrypted).not.toContain(secret);
    expect(await sessionsOf(user.id)).toBe(0);

    const enrolled = await confirmLoginEnrolment(db, codeAt(secret, T0), { token: challenge.challengeToken, ip: null, now: at(3) });
    expect(enrolled).toMatchObject({ ok: true, recoveryCodes: expect.arrayContaining([expect.stringMatching(/^[a-z2-9]{5}-[a-z2-9]{5}$/)]) });
    expect(await readChallenge(db, challenge.challengeToken, at(4))).toMatchObject({ purpose: "enroll", enrolled: true });
    expect(await completeSecondFactor(db, { kind: "finish" }, { token: challenge.challengeToken, ip: null, now: at(4) })).toMatchObject({ ok: true });
    expect(await sessionsOf(user.id)).toBe(1);
    // Next time: the code is asked, not a new setup.
    expect((await passwordStep(user.email, at(60))).purpose).toBe("verify");
  });

  it("says so when AUTH_SECRET changed and the factor cannot be read", async () => {
    const secret = newTotpSecret();
    const user = await newUser(["medewerker"]);
    await db.insert(secondFactors).values({ userId: user.id, secretEncrypted: encryptSecret(secret, user.id, "an-earlier-auth-secret-0123456789abcdef"), confirmedAt: T0 });
    const challenge = await passwordStep(user.email);
    expect(await code(challenge.challengeToken, codeAt(secret, T0), at(1))).toEqual({ ok: false, reason: "unreadable" });
    expect(await sessionsOf(user.id)).toBe(0);
  });
});
