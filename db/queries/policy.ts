import { and, desc, eq, getTableColumns, isNotNull, isNull, max, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { DEFAULT_REMINDER_LADDER, listVersions, policyVersions } from "@/db/schema";
import type { PolicyVersion } from "./policy-audience";

type Reader = Db | Tx;

export type PolicyDraftFields = Pick<
  PolicyVersion,
  | "title" | "body" | "listVersionId" | "effectiveOn" | "acknowledgeBy" | "newJoinerDays" | "audienceAllStaff"
  | "audienceDepartmentIds" | "audienceRiskGroups" | "audienceCouncilWithDevice" | "stricterMeasure"
  | "stricterRiskGroups" | "reminderLadder"
>;

const withList = { ...getTableColumns(policyVersions), listVersionNumber: listVersions.number };

/** Every version for the CISO: the draft first, then the published ones, newest first. */
export async function listPolicyVersions(db: Reader) {
  return db
    .select(withList)
    .from(policyVersions)
    .innerJoin(listVersions, eq(listVersions.id, policyVersions.listVersionId))
    .orderBy(sql`${policyVersions.publishedAt} is not null`, desc(policyVersions.number));
}

export async function getPolicyVersion(db: Reader, id: number) {
  const [row] = await db
    .select(withList)
    .from(policyVersions)
    .innerJoin(listVersions, eq(listVersions.id, policyVersions.listVersionId))
    .where(eq(policyVersions.id, id));
  return row ?? null;
}

export async function getPolicyDraft(db: Reader): Promise<PolicyVersion | null> {
  const [row] = await db.select().from(policyVersions).where(isNull(policyVersions.publishedAt));
  return row ?? null;
}

/** The newest published version, also one whose effective date is still to come (the usual source of a new draft). */
export async function getLatestPublishedPolicy(db: Reader): Promise<PolicyVersion | null> {
  const [row] = await db.select().from(policyVersions).where(isNotNull(policyVersions.publishedAt)).orderBy(desc(policyVersions.number)).limit(1);
  return row ?? null;
}

/** A policy version by its public number, only when published. */
export async function getPublishedPolicyByNumber(db: Reader, number: number): Promise<PolicyVersion | null> {
  const [row] = await db.select().from(policyVersions).where(and(eq(policyVersions.number, number), isNotNull(policyVersions.publishedAt)));
  return row ?? null;
}

function shiftDate(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Fields for a new draft: a copy of `source` pointing at `listVersionId`, or an empty policy. */
export function draftFieldsFrom(source: PolicyVersion | null, listVersionId: number, today: string): PolicyDraftFields {
  if (source) {
    const { title, body, newJoinerDays, audienceAllStaff, audienceDepartmentIds, audienceRiskGroups, audienceCouncilWithDevice, stricterMeasure, stricterRiskGroups, reminderLadder } = source;
    // The old dates have passed: start today and keep the period people had to acknowledge it.
    const period = Math.round((Date.parse(source.acknowledgeBy) - Date.parse(source.effectiveOn)) / 86_400_000);
    return { title, body, listVersionId, effectiveOn: today, acknowledgeBy: shiftDate(today, period), newJoinerDays, audienceAllStaff, audienceDepartmentIds, audienceRiskGroups, audienceCouncilWithDevice, stricterMeasure, stricterRiskGroups, reminderLadder };
  }
  return {
    title: "Beleid apps op werktelefoons",
    body: "",
    listVersionId,
    effectiveOn: today,
    acknowledgeBy: today,
    newJoinerDays: 14,
    audienceAllStaff: true,
    audienceDepartmentIds: [],
    audienceRiskGroups: [],
    audienceCouncilWithDevice: true,
    stricterMeasure: null,
    stricterRiskGroups: [],
    reminderLadder: DEFAULT_REMINDER_LADDER,
  };
}

/** Inserts the draft; the one-draft unique index refuses a second one (error 23505), also under parallel requests. */
export async function insertPolicyDraft(tx: Tx, fields: PolicyDraftFields, basedOnId: number | null, createdById: string) {
  const [row] = await tx.insert(policyVersions).values({ ...fields, basedOnId, createdById }).returning();
  return row;
}

export async function updatePolicyDraft(tx: Tx, id: number, fields: Partial<PolicyDraftFields>, now = new Date()) {
  const [row] = await tx
    .update(policyVersions)
    .set({ ...fields, updatedAt: now })
    .where(and(eq(policyVersions.id, id), isNull(policyVersions.publishedAt)))
    .returning();
  return row ?? null;
}

export async function deletePolicyDraft(tx: Tx, id: number) {
  await tx.delete(policyVersions).where(and(eq(policyVersions.id, id), isNull(policyVersions.publishedAt)));
}

/**
 * Numbers and freezes the draft. The caller holds the draft's row lock, so parallel publishes wait and then
 * find it published; the unique number is the last line should two drafts ever be published at once.
 */
export async function publishPolicyDraft(tx: Tx, id: number, publisher: { id: string; name: string }, now = new Date()) {
  const [{ highest }] = await tx.select({ highest: max(policyVersions.number) }).from(policyVersions);
  const [row] = await tx
    .update(policyVersions)
    .set({ number: (highest ?? 0) + 1, publishedAt: now, publishedById: publisher.id, publishedByName: publisher.name, updatedAt: now })
    .where(and(eq(policyVersions.id, id), isNull(policyVersions.publishedAt)))
    .returning();
  return row ?? null;
}

/** Published list versions for the draft's select, newest first. */
export async function listVersionOptions(db: Reader) {
  return db.select({ id: listVersions.id, number: listVersions.number, publishedAt: listVersions.publishedAt }).from(listVersions).orderBy(desc(listVersions.number));
}
