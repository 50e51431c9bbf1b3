import { and, desc, eq, isNotNull, lte, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { departments, policyAcknowledgements, policyVersions, users } from "@/db/schema";

export type PolicyVersion = typeof policyVersions.$inferSelect;

// Roles that make someone staff (a medewerker in the broad sense); a raadslid alone is not.
const STAFF_ROLES = sql`'{medewerker,griffie,ciso,beheerder}'::role[]`;

/**
 * The version staff must acknowledge now: the highest published number whose effective date has come
 * (Amsterdam date, yyyy-mm-dd). A version published with a later effective date waits until then.
 */
export async function getCurrentPolicyVersion(db: Db | Tx, today: string): Promise<PolicyVersion | null> {
  const [row] = await db
    .select()
    .from(policyVersions)
    .where(and(isNotNull(policyVersions.publishedAt), lte(policyVersions.effectiveOn, today)))
    .orderBy(desc(policyVersions.number))
    .limit(1);
  return row ?? null;
}

/** Whether an active person is in the version's audience, as a SQL condition on app_user. */
export function inAudience(version: PolicyVersion): SQL {
  const departmentIds = version.audienceDepartmentIds.length ? version.audienceDepartmentIds : [-1];
  const riskGroups = version.audienceRiskGroups;
  const parts: SQL[] = [];
  if (version.audienceAllStaff) parts.push(sql`${users.roles} && ${STAFF_ROLES}`);
  if (version.audienceDepartmentIds.length) parts.push(sql`(${users.roles} && ${STAFF_ROLES} and ${users.departmentId} = any(${sql.raw(`'{${departmentIds.map(Number).join(",")}}'::integer[]`)}))`);
  if (riskGroups.length) parts.push(sql`(${users.roles} && ${STAFF_ROLES} and ${users.riskGroup}::text = any(${sql.raw(`'{${riskGroups.join(",")}}'::text[]`)}))`);
  if (version.audienceCouncilWithDevice) parts.push(sql`('raadslid' = any(${users.roles}) and ${users.hasMunicipalDevice})`);
  if (parts.length === 0) return sql`false`;
  return sql`(${users.active} and (${sql.join(parts, sql` or `)}))`;
}

/**
 * A person's own due date: the version's date, or, for someone who joined after publication,
 * the day they joined plus the version's new-joiner days, whichever is later.
 */
export function personalDueDate(version: PolicyVersion): SQL<string> {
  const joined = sql`(${users.createdAt} at time zone 'Europe/Amsterdam')::date`;
  return sql<string>`(case when ${users.createdAt} > ${version.publishedAt?.toISOString() ?? null}::timestamptz
    then greatest(${version.acknowledgeBy}::date, ${joined} + ${version.newJoinerDays}::integer)
    else ${version.acknowledgeBy}::date end)::text`;
}

/** The day a person's ladder starts: the effective date, or the day they joined, whichever is later. */
export function personalStartDate(version: PolicyVersion): SQL<string> {
  const joined = sql`(${users.createdAt} at time zone 'Europe/Amsterdam')::date`;
  return sql<string>`greatest(${version.effectiveOn}::date, ${joined})::text`;
}

export type AudienceMember = {
  userId: string;
  name: string;
  email: string;
  departmentId: number | null;
  departmentName: string | null;
  riskGroup: (typeof users.$inferSelect)["riskGroup"];
  dueOn: string;
  startOn: string;
  acknowledgedAt: Date | null;
};

/** Everyone a version asks, with their own due date and whether they acknowledged it. */
export async function listAudience(db: Db | Tx, version: PolicyVersion): Promise<AudienceMember[]> {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      departmentId: users.departmentId,
      departmentName: departments.name,
      riskGroup: users.riskGroup,
      dueOn: personalDueDate(version),
      startOn: personalStartDate(version),
      acknowledgedAt: policyAcknowledgements.acknowledgedAt,
    })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .leftJoin(policyAcknowledgements, and(eq(policyAcknowledgements.userId, users.id), eq(policyAcknowledgements.policyVersionId, version.id)))
    .where(inAudience(version))
    .orderBy(users.name);
}

/** One person's place in a version's audience, or null when the version does not ask them. */
export async function audienceEntry(db: Db | Tx, version: PolicyVersion, userId: string): Promise<AudienceMember | null> {
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      departmentId: users.departmentId,
      departmentName: departments.name,
      riskGroup: users.riskGroup,
      dueOn: personalDueDate(version),
      startOn: personalStartDate(version),
      acknowledgedAt: policyAcknowledgements.acknowledgedAt,
    })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .leftJoin(policyAcknowledgements, and(eq(policyAcknowledgements.userId, users.id), eq(policyAcknowledgements.policyVersionId, version.id)))
    .where(and(eq(users.id, userId), inAudience(version)));
  return rows[0] ?? null;
}
