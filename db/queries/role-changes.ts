import { and, asc, count, desc, eq, ne, notInArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, Tx } from "@/db/client";
import { roleChangeRequests, users } from "@/db/schema";
import type { Role, RoleChangeKind, RoleChangeStatus } from "@/db/schema/enums";

type Reader = Db | Tx;

const requester = alias(users, "requester");
const decider = alias(users, "decider");

const requestColumns = {
  id: roleChangeRequests.id,
  kind: roleChangeRequests.kind,
  userId: roleChangeRequests.userId,
  roles: roleChangeRequests.roles,
  reason: roleChangeRequests.reason,
  status: roleChangeRequests.status,
  requestedById: roleChangeRequests.requestedById,
  requestedAt: roleChangeRequests.requestedAt,
  decidedAt: roleChangeRequests.decidedAt,
  decisionNote: roleChangeRequests.decisionNote,
};

// A request as a beheerder reads it: who it is about (with the roles they hold now) and who asked.
const listColumns = {
  ...requestColumns,
  userName: users.name,
  userEmail: users.email,
  userRoles: users.roles,
  userActive: users.active,
  requestedByName: requester.name,
  decidedByName: decider.name,
};

function withNames(db: Reader) {
  return db
    .select(listColumns)
    .from(roleChangeRequests)
    .innerJoin(users, eq(users.id, roleChangeRequests.userId))
    .innerJoin(requester, eq(requester.id, roleChangeRequests.requestedById))
    .leftJoin(decider, eq(decider.id, roleChangeRequests.decidedById));
}

export type RoleChangeRequestView = Awaited<ReturnType<typeof listPendingRequests>>[number];

export async function listPendingRequests(db: Reader) {
  return withNames(db).where(eq(roleChangeRequests.status, "pending")).orderBy(asc(roleChangeRequests.requestedAt), asc(roleChangeRequests.id));
}

export async function listDecidedRequests(db: Reader, limit = 20) {
  return withNames(db).where(ne(roleChangeRequests.status, "pending")).orderBy(desc(roleChangeRequests.decidedAt), desc(roleChangeRequests.id)).limit(limit);
}

export async function countPendingRequests(db: Reader): Promise<number> {
  const [row] = await db.select({ n: count() }).from(roleChangeRequests).where(eq(roleChangeRequests.status, "pending"));
  return row?.n ?? 0;
}

/** The open request about a person, if any (there is at most one: a partial unique index). */
export async function getPendingRequestFor(db: Reader, userId: string) {
  const [row] = await withNames(db).where(and(eq(roleChangeRequests.userId, userId), eq(roleChangeRequests.status, "pending")));
  return row ?? null;
}

export async function getRequestView(db: Reader, id: number) {
  const [row] = await withNames(db).where(eq(roleChangeRequests.id, id));
  return row ?? null;
}

export async function getRequest(db: Reader, id: number) {
  const [row] = await db.select(requestColumns).from(roleChangeRequests).where(eq(roleChangeRequests.id, id));
  return row ?? null;
}

/**
 * The request, locked until the transaction ends: of parallel decisions on one request, the others
 * wait here and then see that it is no longer pending.
 */
export async function lockRequest(tx: Tx, id: number) {
  const [row] = await tx.select(requestColumns).from(roleChangeRequests).where(eq(roleChangeRequests.id, id)).for("update");
  return row ?? null;
}

export async function insertRequest(
  tx: Tx,
  input: { kind: RoleChangeKind; userId: string; roles: Role[] | null; reason: string; requestedById: string },
) {
  const [row] = await tx.insert(roleChangeRequests).values(input).returning({ id: roleChangeRequests.id });
  return row.id;
}

export async function closeRequest(
  tx: Tx,
  id: number,
  decision: { status: Exclude<RoleChangeStatus, "pending">; decidedById: string; decisionNote: string | null; now?: Date },
) {
  await tx
    .update(roleChangeRequests)
    .set({ status: decision.status, decidedById: decision.decidedById, decidedAt: decision.now ?? new Date(), decisionNote: decision.decisionNote })
    .where(eq(roleChangeRequests.id, id));
}

/** Active beheerders other than the given people: who could still approve a request. */
export async function countApprovers(db: Reader, excluding: string[]): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.active, true), sql`'beheerder'::role = any(${users.roles})`, notInArray(users.id, excluding)));
  return row?.n ?? 0;
}
