import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, loginAttempts, users } from "@/db/schema";
import { attemptLogin, type LoginDeps, type LoginOutcome } from "@/lib/auth/login";
import { MAX_FAILURES, THROTTLE_WINDOW_MINUTES, UNKNOWN_ADDRESS } from "@/lib/auth/login-throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { deviceCookieAfterLogin } from "@/lib/auth/device-trust";
import { clientIpFrom } from "@/lib/request";
import { freshDb, testDatabases } from "@/test/databases";

const PASSWORD = "fietsbel kaas regenjas";
const MINUTE = 60_000;

/** A verifier that counts how often the hash is touched, and a sleep that only records. */
function spies() {
  const calls = { verify: 0, sleeps: [] as number[] };
  const deps: LoginDeps = {
    verify: async (hash, password) => {
      calls.verify++;
      return verifyPassword(hash, password);
    },
    sleep: async (ms) => {
      calls.sleeps.push(ms);
    },
  };
  return { calls, deps };
}

const isLocked = (o: LoginOutcome) => !o.ok && o.reason === "locked";

describe.each(testDatabases)("inloggen op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let passwordHash: string;
  let n = 0;
  const previousSecret = process.env.AUTH_SECRET;

  beforeAll(async () => {
    process.env.AUTH_SECRET = "test-secret-for-device-cookies-0123456789";
    ({ db, close } = await freshDb(url));
    passwordHash = await hashPassword(PASSWORD);
  });
  afterAll(async () => {
    process.env.AUTH_SECRET = previousSecret;
    await close();
  });

  async function newUser() {
    const email = `collega${++n}-${Date.now()}@voorbeeld.nl`;
    const [row] = await db.insert(users).values({ email, name: `Collega ${n}`, passwordHash }).returning({ id: users.id });
    return { id: row.id, email };
  }
  const login = (email: string, password: string, extra: { ip?: string | null; deviceCookie?: string | null } = {}, deps: LoginDeps = spies().deps) =>
    attemptLogin(db, { email, password, ip: extra.ip === undefined ? "192.0.2.10" : extra.ip, deviceCookie: extra.deviceCookie }, deps);

  it("lets 50 parallel wrong passwords reach the hash at most MAX_FAILURES times; the rest are refused unhashed", async () => {
    const { email } = await newUser();
    const { calls, deps } = spies();
    const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => login(email, `fout-${i}`, {}, deps)));
    expect(calls.verify).toBe(MAX_FAILURES);
    expect(outcomes.filter(isLocked)).toHaveLength(50 - MAX_FAILURES);
    const rows = await db.select().from(loginAttempts).where(eq(loginAttempts.email, email));
    expect(rows).toHaveLength(MAX_FAILURES);
    expect(rows.every((r) => r.succeeded === false)).toBe(true);
  });

  it("counts attempts still being checked as failures, so a right password inside the burst is refused", async () => {
    const { email } = await newUser();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    const slow: LoginDeps = {
      sleep: async () => {},
      verify: async (hash, password) => {
        started++;
        await gate;
        return verifyPassword(hash, password);
      },
    };
    const burst = Array.from({ length: MAX_FAILURES }, (_, i) => login(email, `fout-${i}`, {}, slow));
    await expect.poll(() => started, { timeout: 10_000 }).toBe(MAX_FAILURES);
    const { calls, deps } = spies();
    const right = await login(email, PASSWORD, {}, deps);
    expect(right).toMatchObject({ ok: false, reason: "locked", scope: "account" });
    expect(calls.verify).toBe(0);
    release();
    await Promise.all(burst);
  });

  it("bounds guessing per account whatever the address: rotating addresses share one budget", async () => {
    const { email } = await newUser();
    for (let i = 0; i < MAX_FAILURES; i++) expect(await login(email, "fout", { ip: `198.51.100.${i + 1}` })).toMatchObject({ reason: "invalid" });
    expect(await login(email, PASSWORD, { ip: "203.0.113.99" })).toMatchObject({ ok: false, reason: "locked", scope: "account" });
  });

  it("says until when the account is blocked for new devices, and lets it in again after that", async () => {
    const { email } = await newUser();
    const start = Date.now();
    for (let i = 0; i < MAX_FAILURES; i++) {
      await attemptLogin(db, { email, password: "fout", ip: null }, { ...spies().deps, now: () => new Date(start + i * MINUTE) });
    }
    const atFive = await attemptLogin(db, { email, password: PASSWORD, ip: null }, { ...spies().deps, now: () => new Date(start + 5 * MINUTE) });
    expect(atFive).toMatchObject({ reason: "locked", scope: "account" });
    expect((atFive as { until: Date }).until.getTime()).toBe(start + THROTTLE_WINDOW_MINUTES * MINUTE);
    const later = await attemptLogin(db, { email, password: PASSWORD, ip: null }, { ...spies().deps, now: () => new Date(start + (THROTTLE_WINDOW_MINUTES + 1) * MINUTE) });
    expect(later.ok).toBe(true);
  });

  it("lets a colleague log in on a device they used before while others have used up the account's budget", async () => {
    const user = await newUser();
    const first = await login(user.email, PASSWORD);
    if (!first.ok) throw new Error("first login failed");
    expect(first.deviceCookie).toBeTruthy();

    for (let i = 0; i < MAX_FAILURES; i++) await login(user.email, "fout", { ip: "192.0.2.66" });
    expect(await login(user.email, PASSWORD, { ip: "192.0.2.66" })).toMatchObject({ reason: "locked", scope: "account" });

    const trusted = await login(user.email, PASSWORD, { deviceCookie: first.deviceCookie });
    expect(trusted.ok).toBe(true);
  });

  it("gives a trusted device a budget of its own, not touched by others and not reaching past it", async () => {
    const user = await newUser();
    const first = await login(user.email, PASSWORD);
    if (!first.ok) throw new Error("first login failed");
    const cookie = first.deviceCookie;
    for (let i = 0; i < MAX_FAILURES; i++) expect(await login(user.email, "fout", { deviceCookie: cookie })).toMatchObject({ reason: "invalid" });
    expect(await login(user.email, PASSWORD, { deviceCookie: cookie })).toMatchObject({ reason: "locked", scope: "device" });
    // The device's failures are its own: a new device still has the account's budget.
    expect((await login(user.email, PASSWORD)).ok).toBe(true);
  });

  it("does not trust a forged device cookie or one issued for another account", async () => {
    const victim = await newUser();
    const other = await newUser();
    const otherLogin = await login(other.email, PASSWORD);
    if (!otherLogin.ok) throw new Error("login failed");
    const forged = deviceCookieAfterLogin(null, victim.id, "not-the-secret");
    for (let i = 0; i < MAX_FAILURES; i++) await login(victim.email, "fout");
    expect(await login(victim.email, PASSWORD, { deviceCookie: forged })).toMatchObject({ reason: "locked", scope: "account" });
    expect(await login(victim.email, PASSWORD, { deviceCookie: otherLogin.deviceCookie })).toMatchObject({ reason: "locked", scope: "account" });
  });

  it("only slows down an address with many failures; a right password from it still works", async () => {
    const user = await newUser();
    const ip = "192.0.2.200";
    // 30 failures for unknown accounts behind one town-hall address, each account below its own limit.
    for (let i = 0; i < 30; i++) await login(`onbekend-${n}-${i}@voorbeeld.nl`, "fout", { ip });
    const { calls, deps } = spies();
    const outcome = await login(user.email, PASSWORD, { ip }, deps);
    expect(outcome.ok).toBe(true);
    expect(calls.sleeps.some((ms) => ms > 0)).toBe(true);
    // Another address is not slowed down by them.
    const quiet = spies();
    expect((await login(user.email, PASSWORD, { ip: "192.0.2.201" }, quiet.deps)).ok).toBe(true);
    expect(quiet.calls.sleeps).toEqual([]);
  });

  it("stores no forged address: without TRUSTED_PROXIES every X-Forwarded-For counts as one unknown source", async () => {
    const { email } = await newUser();
    const forged = ["=1+10", "10.0.0.1", "<script>", "2001:db8::1"];
    for (const value of forged) {
      const ip = clientIpFrom(new Headers({ "x-forwarded-for": value, "x-real-ip": value }), "");
      await login(email, "fout", { ip });
    }
    const rows = await db.select({ ip: loginAttempts.ip }).from(loginAttempts).where(eq(loginAttempts.email, email));
    expect(rows.map((r) => r.ip)).toEqual(forged.map(() => UNKNOWN_ADDRESS));
    const [audit] = await db.select({ ip: auditEvents.ip }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    expect(audit.ip).toBeNull();
  });

  it("refuses an inactive account's right password with the same answer as a wrong one", async () => {
    const user = await newUser();
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await login(user.email, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });
});
