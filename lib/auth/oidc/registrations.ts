import { and, asc, desc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { externalIdentities, providerRoleMappings, users } from "@/db/schema";

type Reader = Db | Tx;

const registrationColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  providerEmail: externalIdentities.email,
  since: users.createdAt,
  lastLoginAt: externalIdentities.lastLoginAt,
  proposedRoles: users.proposedRoles,
};

const isWaiting = and(eq(users.awaitingApproval, true), eq(users.active, true));

/** Accounts made by a first sign-in through the identity provider that wait for a beheerder, oldest first. */
export async function listPendingRegistrations(db: Reader) {
  return db.select(registrationColumns).from(users).leftJoin(externalIdentities, eq(externalIdentities.userId, users.id)).where(isWaiting).orderBy(asc(users.createdAt));
}

export async function getPendingRegistration(db: Reader, id: string) {
  const [row] = await db
    .select(registrationColumns)
    .from(users)
    .leftJoin(externalIdentities, eq(externalIdentities.userId, users.id))
    .where(and(eq(users.id, id), isWaiting));
  return row ?? null;
}

/** The beheerder's mapping of provider app roles or groups to proposed portal roles. */
export async function listRoleMappings(db: Reader) {
  return db
    .select({ id: providerRoleMappings.id, claimValue: providerRoleMappings.claimValue, role: providerRoleMappings.role, createdAt: providerRoleMappings.createdAt })
    .from(providerRoleMappings)
    .orderBy(asc(providerRoleMappings.claimValue), desc(providerRoleMappings.role));
}

export { isWaiting as waitingForApproval };
