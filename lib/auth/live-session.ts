import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organisation, userSessions, users } from "@/db/schema";
import { isLiveSession, settingsJoin, touchSession } from "@/db/queries/sessions";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOUCH_AFTER_MS = 60_000;

/**
 * The person behind a server-side session that is still open (not ended, not expired, not idle for longer than
 * the organisation allows, not older than its absolute limit) and whose account is active; null otherwise.
 * The one check for both the session cookie (next-auth) and every page and action. A live session counts as
 * used now: its idle time starts again, written at most once a minute.
 */
export async function findLiveSession(db: Db, sessionId: unknown, now = new Date()) {
  if (typeof sessionId !== "string" || !UUID.test(sessionId)) return null;
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, roles: users.roles, lastActiveAt: userSessions.lastActiveAt })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .leftJoin(organisation, settingsJoin)
    .where(and(eq(userSessions.id, sessionId), eq(users.active, true), isLiveSession(now)));
  if (!row) return null;
  const { lastActiveAt, ...person } = row;
  if (now.getTime() - lastActiveAt.getTime() >= TOUCH_AFTER_MS) await touchSession(db, sessionId, now);
  return person;
}
