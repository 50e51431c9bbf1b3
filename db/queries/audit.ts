import { and, asc, count, desc, eq, gte, ilike, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, auditRefusalTallies, users } from "@/db/schema";
import { amsterdamDayEnd, amsterdamDayStart, type AuditFilters } from "@/lib/audit/filters";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";

type AuditReader = Pick<Viewer, "roles">;

// The page and the export check the permission too; this keeps a forgotten check from leaking the log.
function assertCanView(viewer: AuditReader) {
  if (!can(viewer.roles, "audit.view")) throw new Error("audit.view is required to read the audit log");
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereFor(filters: AuditFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filters.from) conditions.push(gte(auditEvents.at, amsterdamDayStart(filters.from)));
  if (filters.to) conditions.push(lt(auditEvents.at, amsterdamDayEnd(filters.to)));
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

export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>[number];

/** Newest first. */
export async function listAuditEvents(db: Db, viewer: AuditReader, filters: AuditFilters, { limit, offset = 0 }: { limit: number; offset?: number }) {
  assertCanView(viewer);
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

export async function countAuditEvents(db: Db, viewer: AuditReader, filters: AuditFilters): Promise<number> {
  assertCanView(viewer);
  const [row] = await db
    .select({ n: count() })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(whereFor(filters));
  return row?.n ?? 0;
}

/** The values that occur, for the filter selects. */
export async function listAuditFilterOptions(db: Db, viewer: AuditReader) {
  assertCanView(viewer);
  const [actions, objectTypes] = await Promise.all([
    db.selectDistinct({ value: auditEvents.action }).from(auditEvents).orderBy(asc(auditEvents.action)),
    db.selectDistinct({ value: auditEvents.objectType }).from(auditEvents).orderBy(asc(auditEvents.objectType)),
  ]);
  return { actions: actions.map((r) => r.value), objectTypes: objectTypes.map((r) => r.value) };
}
