import { and, asc, desc, eq, gt, isNull, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { auditEvents, departments, userInvitations, userSessions, users, type CouncilSeat, type RiskGroup, type Role } from "@/db/schema";

type Reader = Db | Tx;

// The fields a beheerder can change, as the audit log records them before and after.
const snapshotColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  roles: users.roles,
  departmentId: users.departmentId,
  riskGroup: users.riskGroup,
  jobTitle: users.jobTitle,
  hasMunicipalDevice: users.hasMunicipalDevice,
  councilSeat: users.councilSeat,
  active: users.active,
};

// The columns anyone may see of a user; never the password hash.
const userColumns = {
  ...snapshotColumns,
  deactivatedAt: users.deactivatedAt,
  lastLoginAt: users.lastLoginAt,
  hasPassword: sql<boolean>`${users.passwordHash} is not null`.as("has_password"),
};

export type UserStatus = "active" | "deactivated";
export type UserFilter = { role?: Role; status?: UserStatus };

export async function listUsers(db: Reader, filter: UserFilter = {}) {
  const conditions: SQL[] = [];
  if (filter.role) conditions.push(sql`${filter.role}::role = any(${users.roles})`);
  if (filter.status) conditions.push(eq(users.active, filter.status === "active"));
  return db
    .select({ ...userColumns, departmentName: departments.name })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(and(...conditions))
    .orderBy(asc(users.name), asc(users.email));
}

export async function getUser(db: Reader, id: string) {
  const [row] = await db
    .select({ ...userColumns, departmentName: departments.name })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.id, id));
  return row ?? null;
}

/** The fields a beheerder can change, as the audit log records them before and after. */
export async function getUserSnapshot(db: Reader, id: string) {
  const [row] = await db
    .select(snapshotColumns)
    .from(users)
    .where(eq(users.id, id));
  return row ?? null;
}

/**
 * The snapshot, with the row locked until the transaction ends: a role change, an approval and a
 * deactivation of the same person then happen one after the other, each seeing the last one's result.
 */
export async function lockUser(tx: Tx, id: string) {
  const [row] = await tx
    .select({ ...snapshotColumns, hasPassword: sql<boolean>`${users.passwordHash} is not null` })
    .from(users)
    .where(eq(users.id, id))
    .for("update");
  return row ?? null;
}

export async function findUserIdByEmail(db: Reader, email: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row?.id ?? null;
}

/** The newest invitation of a user, without its token hash. */
export async function getLatestInvitation(db: Reader, userId: string) {
  const [row] = await db
    .select({ id: userInvitations.id, createdAt: userInvitations.createdAt, expiresAt: userInvitations.expiresAt, usedAt: userInvitations.usedAt })
    .from(userInvitations)
    .where(eq(userInvitations.userId, userId))
    .orderBy(desc(userInvitations.id))
    .limit(1);
  return row ?? null;
}

/** The reason given at the last deactivation; it lives in the audit log, the one record of that decision. */
export async function getDeactivationReason(db: Reader, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ reason: sql<string | null>`${auditEvents.after} ->> 'reason'` })
    .from(auditEvents)
    .where(and(eq(auditEvents.objectType, "user"), eq(auditEvents.objectId, userId), eq(auditEvents.action, "user.deactivate"), eq(auditEvents.result, "success")))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row?.reason ?? null;
}

export type NewUser = { email: string; name: string; roles: Role[]; departmentId: number | null; riskGroup: RiskGroup; jobTitle: string | null; hasMunicipalDevice?: boolean; councilSeat?: CouncilSeat | null };

export async function insertUser(tx: Tx, input: NewUser) {
  const [row] = await tx
    .insert(users)
    .values({ ...input, email: input.email.toLowerCase() })
    .returning({ id: users.id });
  return row.id;
}

/** Deactivates the account and ends every open session of it, so the next request is refused. */
export async function deactivateUser(tx: Tx, userId: string, now = new Date()) {
  await tx.update(users).set({ active: false, deactivatedAt: now, updatedAt: now }).where(eq(users.id, userId));
  const ended = await tx
    .update(userSessions)
    .set({ endedAt: now })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.endedAt)))
    .returning({ id: userSessions.id });
  const withdrawn = await tx
    .update(userInvitations)
    .set({ expiresAt: now })
    .where(and(eq(userInvitations.userId, userId), isNull(userInvitations.usedAt), gt(userInvitations.expiresAt, now)))
    .returning({ id: userInvitations.id });
  return { endedSessions: ended.length, withdrawnInvitations: withdrawn.length };
}

/** Makes every open activation link of the user stop working; returns how many there were. */
export async function withdrawOpenInvitations(tx: Tx, userId: string, now = new Date()) {
  const withdrawn = await tx
    .update(userInvitations)
    .set({ expiresAt: now })
    .where(and(eq(userInvitations.userId, userId), isNull(userInvitations.usedAt), gt(userInvitations.expiresAt, now)))
    .returning({ id: userInvitations.id });
  return withdrawn.length;
}

export async function reactivateUser(tx: Tx, userId: string, now = new Date()) {
  await tx.update(users).set({ active: true, deactivatedAt: null, updatedAt: now }).where(eq(users.id, userId));
}
