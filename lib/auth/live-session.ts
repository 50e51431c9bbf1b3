import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userSessions, users } from "@/db/schema";

/**
 * The person behind a server-side session that is still open, not expired and whose account is active;
 * null otherwise. The one check for both the session cookie (next-auth) and every page and action.
 */
export async function findLiveSession(db: Db, sessionId: unknown, now = new Date()) {
  if (typeof sessionId !== "string" || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(sessionId)) return null;
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, roles: users.roles })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt), gt(userSessions.expiresAt, now), eq(users.active, true)));
  return row ?? null;
}
