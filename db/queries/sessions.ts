import { and, desc, eq, gt, inArray, isNull, ne, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { organisation, userSessions } from "@/db/schema";

// The column defaults, for a PostgreSQL installation whose organisation row is not there yet.
const DEFAULT_IDLE_MINUTES = 30;
const DEFAULT_ABSOLUTE_HOURS = 10;

/**
 * Whether a session is still open at `now`: not ended, not past its expiry, used within the organisation's idle
 * time and younger than its absolute limit. Needs `organisation` joined (see withSettings); one query, no second read.
 */
export function isLiveSession(now: Date): SQL {
  const at = sql`${now.toISOString()}::timestamptz`;
  return and(
    isNull(userSessions.endedAt),
    gt(userSessions.expiresAt, now),
    sql`${userSessions.lastActiveAt} > ${at} - make_interval(mins => coalesce(${organisation.sessionIdleMinutes}, ${DEFAULT_IDLE_MINUTES}))`,
    sql`${userSessions.createdAt} > ${at} - make_interval(hours => coalesce(${organisation.sessionAbsoluteHours}, ${DEFAULT_ABSOLUTE_HOURS}))`,
  )!;
}

/** The join that isLiveSession reads the organisation's session settings from. */
export const settingsJoin = eq(organisation.id, 1);

/**
 * Marks the session as used at `now`, at most once a minute: of parallel requests only the one that finds the
 * old value writes, and most requests do not write at all.
 */
export async function touchSession(db: Db, sessionId: string, now: Date) {
  await db
    .update(userSessions)
    .set({ lastActiveAt: now })
    .where(and(eq(userSessions.id, sessionId), sql`${userSessions.lastActiveAt} < ${now.toISOString()}::timestamptz - interval '1 minute'`));
}

/** A person's open sessions, most recently used first. */
export async function listOpenSessions(db: Db, userId: string, now = new Date()) {
  return db
    .select({
      id: userSessions.id,
      createdAt: userSessions.createdAt,
      lastActiveAt: userSessions.lastActiveAt,
      ip: userSessions.ip,
      userAgent: userSessions.userAgent,
    })
    .from(userSessions)
    .leftJoin(organisation, settingsJoin)
    .where(and(eq(userSessions.userId, userId), isLiveSession(now)))
    .orderBy(desc(userSessions.lastActiveAt), desc(userSessions.createdAt));
}

/** Ends a person's open sessions, except `keep` (the one asking); returns how many ended. */
export async function endOpenSessions(tx: Tx, userId: string, options: { keep?: string; now?: Date } = {}) {
  const now = options.now ?? new Date();
  const open = await tx
    .select({ id: userSessions.id })
    .from(userSessions)
    .leftJoin(organisation, settingsJoin)
    .where(and(eq(userSessions.userId, userId), isLiveSession(now), options.keep ? ne(userSessions.id, options.keep) : undefined));
  if (open.length === 0) return 0;
  const ended = await tx
    .update(userSessions)
    .set({ endedAt: now })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt), inArray(userSessions.id, open.map((s) => s.id))))
    .returning({ id: userSessions.id });
  return ended.length;
}
