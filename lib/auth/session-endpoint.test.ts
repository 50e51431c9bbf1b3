import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import type { Db } from "@/db/client";
import { userSessions, users } from "@/db/schema";
import { GET } from "@/app/api/auth/[...nextauth]/route";
import { freshDb, testDatabases } from "@/test/databases";

// next-auth reads its secret when the module loads, so it is set before the imports run.
const SECRET = vi.hoisted(() => (process.env.AUTH_SECRET = "test-secret-for-the-session-endpoint-0123"));
const COOKIE = "authjs.session-token";

describe.each(testDatabases)("/api/auth/session op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let userId: string;
  const saved = { db: (globalThis as { portalDb?: Db }).portalDb };

  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
    (globalThis as { portalDb?: Db }).portalDb = db;
    const [user] = await db.insert(users).values({ email: "sessie@voorbeeld.nl", name: "Sessie Test" }).returning({ id: users.id });
    userId = user.id;
  });
  afterAll(async () => {
    (globalThis as { portalDb?: Db }).portalDb = saved.db;
    await close();
  });

  async function sessionFor(sessionId: string) {
    // What the cookie of an older build held too: name and e-mail next to the session id.
    const token = await encode({ token: { sub: userId, sid: sessionId, name: "Sessie Test", email: "sessie@voorbeeld.nl" }, secret: SECRET, salt: COOKIE });
    const response = await GET(new NextRequest("http://localhost/api/auth/session", { headers: { cookie: `${COOKIE}=${token}` } }));
    return { response, text: await response.text() };
  }
  async function newSession(values: Partial<typeof userSessions.$inferInsert> = {}) {
    const [row] = await db.insert(userSessions).values({ userId, expiresAt: new Date(Date.now() + 3600_000), ...values }).returning({ id: userSessions.id });
    return row.id;
  }

  it("answers an open session with its expiry only: no session id, name or e-mail", async () => {
    const sessionId = await newSession();
    const { response, text } = await sessionFor(sessionId);
    expect(response.status).toBe(200);
    expect(Object.keys(JSON.parse(text))).toEqual(["expires"]);
    expect(text).not.toContain(sessionId);
    expect(text).not.toContain("sessie@voorbeeld.nl");
  });

  it("answers null and clears the cookie for a session that was logged out", async () => {
    const sessionId = await newSession({ endedAt: new Date() });
    const { response, text } = await sessionFor(sessionId);
    expect(JSON.parse(text)).toBeNull();
    expect(response.headers.getSetCookie().join("\n")).toMatch(new RegExp(`${COOKIE}=;`));
  });

  it("answers null for an expired session and for a deactivated account", async () => {
    expect(JSON.parse((await sessionFor(await newSession({ expiresAt: new Date(Date.now() - 1000) }))).text)).toBeNull();
    const open = await newSession();
    await db.update(users).set({ active: false }).where(eq(users.id, userId));
    try {
      expect(JSON.parse((await sessionFor(open)).text)).toBeNull();
    } finally {
      await db.update(users).set({ active: true }).where(eq(users.id, userId));
    }
  });
});
