import { and, asc, count, desc, eq, gte, ilike, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, auditRefusalTallies, users } from "@/db/schema";
import type { AuditResult } from "@/db/schema/enums";

// Plain reads of the audit log. Who may read it is decided above the database layer: lib/audit/read.ts
// checks the permission and turns the page's filters (Amsterdam days) into this query.
export type AuditQuery = {
  /** From this instant (inclusive) to `until` (exclusive). */
  since?: Date;
  until?: Date;
  actor?: string;
  action?: string;
  objectType?: string;
  result?: AuditResult;
};

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereFor(filters: AuditQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filters.since) conditions.push(gte(auditEvents.at, filters.since));
  if (filters.until) conditions.push(lt(auditEvents.at, filters.until));
  if (filters.actor) {
    const pattern = `%${escapeLike(filters.actor)}%`;
    conditions.push(or(ilike(auditEvents.actorLabel, pattern), ilike(users.email, pattern)));
  }
  if (filters.action) conditions.push(eq(auditEvents.action, filters.action));
  if (filters.objectType) conditions.push(eq(auditEvents.objectType, filters.objectType));
  if (filters.result) conditions.push(eq(auditEvents.result, filters.result));
  return and(...conditions);
}

// No hashes: they mean nothing to a reader; the chain check reports on them instead.
const eventColumns = {
  id: auditEvents.id,
  at: auditEvents.at,
  actorLabel: auditEvents.actorLabel,
  actorEmail: users.email,
  action: auditEvents.action,
  objectType: auditEvents.objectType,
  objectId: auditEvents.objectId,
  result: auditEvents.result,
  ip: auditEvents.ip,
  before: auditEvents.before,
  after: auditEvents.after,
  /** Anonymous refusals folded into this row: the same action from the same address in the same minute. */
  repeats: sql<number>`coalesce(${auditRefusalTallies.repeats}, 0)`.mapWith(Number),
};

// The tally's primary key starts with ip and action, so this join stays an index lookup per row.
const tallyJoin = and(
  eq(auditRefusalTallies.ip, sql`coalesce(${auditEvents.ip}, '')`),
  eq(auditRefusalTallies.action, auditEvents.action),
  eq(auditRefusalTallies.eventId, auditEvents.id),
);

export type AuditEventRow = Awaited<ReturnType<typeof selectAuditEvents>>[number];

/** Newest first. */
export async function selectAuditEvents(db: Db, filters: AuditQuery, { limit, offset = 0 }: { limit: number; offset?: number }) {
  return db
    .select(eventColumns)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .leftJoin(auditRefusalTallies, tallyJoin)
    .where(whereFor(filters))
    .orderBy(desc(auditEvents.id))
    .limit(limit)
    .offset(offset);
}

export async function countAuditRows(db: Db, filters: AuditQuery): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(whereFor(filters));
  return row?.n ?? 0;
}

/** The values that occur, for the filter selects. */
export async function selectAuditFilterOptions(db: Db) {
  const [actions, objectTypes] = await Promise.all([
    db.selectDistinct({ value: auditEvents.action }).from(auditEvents).orderBy(asc(auditEvents.action)),
    db.selectDistinct({ value: auditEvents.objectType }).from(auditEvents).orderBy(asc(auditEvents.objectType)),
  ]);
  return { actions: actions.map((r) => r.value), objectTypes: objectTypes.map((r) => r.value) };
}
