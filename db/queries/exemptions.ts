import { and, asc, desc, eq, gte, inArray, lte, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, Tx } from "@/db/client";
import { apps, departments, exemptions, users } from "@/db/schema";
import type { ExemptionReason, ExemptionStatus, RiskGroup } from "@/db/schema/enums";

type Reader = Db | Tx;

const firstApprover = alias(users, "first_approver");
const decider = alias(users, "decider");
const revoker = alias(users, "revoker");

const summaryColumns = {
  id: exemptions.id,
  userId: exemptions.userId,
  appId: exemptions.appId,
  appName: exemptions.appName,
  device: exemptions.device,
  reason: exemptions.reason,
  status: exemptions.status,
  requestedUntil: exemptions.requestedUntil,
  endsOn: exemptions.endsOn,
  createdAt: exemptions.createdAt,
};

/** A person's own requests, newest first. Scoped to the person in SQL. */
export async function listOwnExemptions(db: Reader, userId: string) {
  return db.select(summaryColumns).from(exemptions).where(eq(exemptions.userId, userId)).orderBy(desc(exemptions.createdAt), desc(exemptions.id));
}

/** One exemption with the names of everyone involved, for its page; the caller decides who may see it. */
export async function getExemptionView(db: Reader, id: number) {
  const [row] = await db
    .select({
      ...summaryColumns,
      justification: exemptions.justification,
      renewalOfId: exemptions.renewalOfId,
      firstApproverId: exemptions.firstApproverId,
      firstApprovedAt: exemptions.firstApprovedAt,
      firstApproverName: firstApprover.name,
      decidedAt: exemptions.decidedAt,
      decidedByName: decider.name,
      conditions: exemptions.conditions,
      rejectionReason: exemptions.rejectionReason,
      revokedAt: exemptions.revokedAt,
      revokedByName: revoker.name,
      revokeReason: exemptions.revokeReason,
      expiredAt: exemptions.expiredAt,
      updatedAt: exemptions.updatedAt,
      userName: users.name,
      userEmail: users.email,
      riskGroup: users.riskGroup,
      jobTitle: users.jobTitle,
    })
    .from(exemptions)
    .innerJoin(users, eq(users.id, exemptions.userId))
    .leftJoin(firstApprover, eq(firstApprover.id, exemptions.firstApproverId))
    .leftJoin(decider, eq(decider.id, exemptions.decidedById))
    .leftJoin(revoker, eq(revoker.id, exemptions.revokedById))
    .where(eq(exemptions.id, id));
  return row ?? null;
}

export type ExemptionView = NonNullable<Awaited<ReturnType<typeof getExemptionView>>>;

const registerColumns = {
  ...summaryColumns,
  firstApproverId: exemptions.firstApproverId,
  conditions: exemptions.conditions,
  userName: users.name,
  userEmail: users.email,
  riskGroup: users.riskGroup,
  departmentName: departments.name,
};

function withPeople(db: Reader) {
  return db.select(registerColumns).from(exemptions).innerJoin(users, eq(users.id, exemptions.userId)).leftJoin(departments, eq(departments.id, users.departmentId));
}

/** The CISO's queue: undecided requests, oldest first, so nobody waits longest by accident. */
export async function listOpenExemptions(db: Reader) {
  return withPeople(db)
    .where(inArray(exemptions.status, ["requested", "awaiting_second"]))
    .orderBy(asc(exemptions.createdAt), asc(exemptions.id));
}

export type RegisterFilters = {
  status?: ExemptionStatus;
  appId?: number;
  reason?: ExemptionReason;
  riskGroup?: RiskGroup;
  /** Approved exemptions ending between today and today + N days. */
  endingWithinDays?: number;
};

/** All exemptions for the register, newest first; `today` and `endingBy` are yyyy-mm-dd (Amsterdam). */
export async function listExemptionRegister(db: Reader, filters: RegisterFilters, window?: { today: string; endingBy: string }) {
  const where: SQL[] = [];
  if (filters.status) where.push(eq(exemptions.status, filters.status));
  if (filters.appId) where.push(eq(exemptions.appId, filters.appId));
  if (filters.reason) where.push(eq(exemptions.reason, filters.reason));
  if (filters.riskGroup) where.push(eq(users.riskGroup, filters.riskGroup));
  if (window) where.push(eq(exemptions.status, "approved"), gte(exemptions.endsOn, window.today), lte(exemptions.endsOn, window.endingBy));
  return withPeople(db)
    .where(and(...where))
    .orderBy(desc(exemptions.createdAt), desc(exemptions.id));
}

/** The apps named in any exemption, for the register's filter. */
export async function listExemptionApps(db: Reader) {
  return db.selectDistinct({ appId: exemptions.appId, appName: exemptions.appName }).from(exemptions).orderBy(asc(exemptions.appName));
}

/**
 * What the MDM must exclude: people and devices with an approved exemption that has not ended, per app,
 * with the app's store identifiers as the list holds them now.
 */
export async function listMdmExclusions(db: Reader, today: string) {
  return db
    .select({
      exemptionId: exemptions.id,
      appId: exemptions.appId,
      appName: apps.name,
      iosBundleId: apps.iosBundleId,
      androidPackage: apps.androidPackage,
      userName: users.name,
      userEmail: users.email,
      device: exemptions.device,
      conditions: exemptions.conditions,
      endsOn: exemptions.endsOn,
    })
    .from(exemptions)
    .innerJoin(apps, eq(apps.id, exemptions.appId))
    .innerJoin(users, eq(users.id, exemptions.userId))
    .where(and(eq(exemptions.status, "approved"), gte(exemptions.endsOn, today)))
    .orderBy(asc(apps.name), asc(users.name), asc(exemptions.id));
}

export type MdmExclusion = Awaited<ReturnType<typeof listMdmExclusions>>[number];

/** The requester's name, address and risk group, for the decision and its mail. */
export async function getRequester(db: Reader, userId: string) {
  const [row] = await db.select({ name: users.name, email: users.email, riskGroup: users.riskGroup }).from(users).where(eq(users.id, userId));
  return row ?? null;
}
