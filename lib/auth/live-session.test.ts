import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organisation, userSessions, users } from "@/db/schema";
import { attemptLogin } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/passwords";
import { findLiveSession } from "@/lib/auth/live-session";
import { freshDb, testDatabases } from "@/test/databases";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const PASSWORD = "fietsbel kaas regenjas";
const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

describe.each(testDatabases)("sessieduur op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let userId: string;
  // A simulated clock: every session in this file starts here, far from the real time.
  const start = new Date("2031-03-04T08:00:00Z");
  const at = (ms: number) => new Date(start.getTime() + ms);

  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
    await db.insert(organisation).values({ id: 1, name: "Gemeente Klok", contactEmail: "klok@voorbeeld.nl", sessionIdleMinutes: 30, sessionAbsoluteHours: 10 });
    const [user] = await db.insert(users).values({ email: "klok@voorbeeld.nl", name: "Klok Test", passwordHash: await hashPassword(PASSWORD) }).returning({ id: users.id });
    userId = user.id;
  });
  afterAll(() => close());

  async function signIn(now = start) {
    const outcome = await attemptLogin(db, { email: "klok@voorbeeld.nl", password: PASSWORD, ip: "192.0.2.7", userAgent: ` ${FIREFOX}\n` }, { sleep: async () => {}, now: () => now });
    if (!outcome.ok) throw new Error("login failed");
    return outcome.sessionId;
  }
  const sessionRow = async (id: string) => (await db.select().from(userSessions).where(eq(userSessions.id, id)))[0];

  it("records the browser (trimmed) at sign-in, and expires after the organisation's absolute hours", async () => {
    const id = await signIn();
    expect(await sessionRow(id)).toMatchObject({ userAgent: FIREFOX, ip: "192.0.2.7", createdAt: start, lastActiveAt: start, expiresAt: at(10 * HOUR) });
  });

  it("ends a session that was idle longer than the organisation's idle minutes", async () => {
    const id = await signIn();
    expect(await findLiveSession(db, id, at(29 * MINUTE))).toMatchObject({ id: userId });
    // Activity at 29 minutes: idle again from there, so 58 minutes is still within 30 minutes of it.
    expect(await findLiveSession(db, id, at(58 * MINUTE))).toMatchObject({ id: userId });
    expect(await findLiveSession(db, id, at(58 * MINUTE + 30 * MINUTE + 1000))).toBeNull();
  });

  it("activity extends the idle time but never the absolute limit", async () => {
    const id = await signIn();
    for (let t = 20 * MINUTE; t < 10 * HOUR; t += 20 * MINUTE) {
      expect(await findLiveSession(db, id, at(t)), `na ${t / MINUTE} minuten`).not.toBeNull();
    }
    expect(await findLiveSession(db, id, at(10 * HOUR + 1000))).toBeNull();
  });

  it("applies a lower limit set later to sessions already open, and a lower idle time at once", async () => {
    const id = await signIn();
    expect(await findLiveSession(db, id, at(2 * HOUR - MINUTE))).toBeNull(); // idle for almost two hours
    const active = await signIn();
    await db.update(organisation).set({ sessionAbsoluteHours: 1 });
    try {
      expect(await findLiveSession(db, active, at(25 * MINUTE))).not.toBeNull();
      expect(await findLiveSession(db, active, at(50 * MINUTE))).not.toBeNull();
      expect(await findLiveSession(db, active, at(HOUR + 1000))).toBeNull();
      await db.update(organisation).set({ sessionAbsoluteHours: 10, sessionIdleMinutes: 5 });
      const quiet = await signIn();
      expect(await findLiveSession(db, quiet, at(4 * MINUTE))).not.toBeNull();
      expect(await findLiveSession(db, quiet, at(9 * MINUTE + 1000))).toBeNull();
    } finally {
      await db.update(organisation).set({ sessionAbsoluteHours: 10, sessionIdleMinutes: 30 });
    }
  });

  it("writes the activity at most once a minute; 50 parallel requests leave one value from that minute", async () => {
    const id = await signIn();
    await findLiveSession(db, id, at(30_000));
    expect((await sessionRow(id)).lastActiveAt).toEqual(start);
    await Promise.all(Array.from({ length: 50 }, (_, i) => findLiveSession(db, id, at(MINUTE + i))));
    expect((await sessionRow(id)).lastActiveAt.getTime()).toBeGreaterThanOrEqual(at(MINUTE).getTime());
    expect((await sessionRow(id)).lastActiveAt.getTime()).toBeLessThan(at(MINUTE + 50).getTime());
  });

  it("still honours expires_at, an ended session and a deactivated account", async () => {
    const id = await signIn();
    await db.update(userSessions).set({ expiresAt: at(10 * MINUTE) }).where(eq(userSessions.id, id));
    expect(await findLiveSession(db, id, at(11 * MINUTE))).toBeNull();
    const ended = await signIn();
    await db.update(userSessions).set({ endedAt: at(MINUTE) }).where(eq(userSessions.id, ended));
    expect(await findLiveSession(db, ended, at(2 * MINUTE))).toBeNull();
    const open = await signIn();
    await db.update(users).set({ active: false }).where(eq(users.id, userId));
    try {
      expect(await findLiveSession(db, open, at(MINUTE))).toBeNull();
    } finally {
      await db.update(users).set({ active: true }).where(eq(users.id, userId));
    }
  });

  it("uses the defaults (30 minutes, 10 hours) when the organisation row is missing", async () => {
    const id = await signIn();
    await db.delete(organisation);
    try {
      expect(await findLiveSession(db, id, at(29 * MINUTE))).not.toBeNull();
      expect(await findLiveSession(db, id, at(60 * MINUTE))).toBeNull();
    } finally {
      await db.insert(organisation).values({ id: 1, name: "Gemeente Klok", contactEmail: "klok@voorbeeld.nl" });
    }
  });
});
