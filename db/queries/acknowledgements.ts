import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { departments, listVersions, policyAcknowledgements, policyVersions, users } from "@/db/schema";

type Reader = Db | Tx;

const receiptColumns = {
  id: policyAcknowledgements.id,
  userId: policyAcknowledgements.userId,
  acknowledgedAt: policyAcknowledgements.acknowledgedAt,
  statement: policyAcknowledgements.statement,
  removeBy: policyAcknowledgements.removeBy,
  verificationCode: policyAcknowledgements.verificationCode,
  policyVersionId: policyVersions.id,
  versionNumber: policyVersions.number,
  versionTitle: policyVersions.title,
  listVersionNumber: listVersions.number,
};

const withVersion = <T extends Reader>(db: T, columns: typeof receiptColumns) =>
  db
    .select(columns)
    .from(policyAcknowledgements)
    .innerJoin(policyVersions, eq(policyVersions.id, policyAcknowledgements.policyVersionId))
    .innerJoin(listVersions, eq(listVersions.id, policyVersions.listVersionId));

export type OwnAcknowledgement = Awaited<ReturnType<typeof listOwnAcknowledgements>>[number];

/** A person's own acknowledgements of every version, newest first: their history and receipts. */
export async function listOwnAcknowledgements(db: Reader, userId: string) {
  return withVersion(db, receiptColumns).where(eq(policyAcknowledgements.userId, userId)).orderBy(desc(policyAcknowledgements.acknowledgedAt));
}

/** What a receipt shows. Only the person's own: another person's id gives null, as a missing one does. */
export async function getOwnReceipt(db: Reader, acknowledgementId: number, userId: string) {
  const [row] = await db
    .select({ ...receiptColumns, name: users.name, email: users.email })
    .from(policyAcknowledgements)
    .innerJoin(policyVersions, eq(policyVersions.id, policyAcknowledgements.policyVersionId))
    .innerJoin(listVersions, eq(listVersions.id, policyVersions.listVersionId))
    .innerJoin(users, eq(users.id, policyAcknowledgements.userId))
    .where(and(eq(policyAcknowledgements.id, acknowledgementId), eq(policyAcknowledgements.userId, userId)));
  return row ?? null;
}

export type Receipt = NonNullable<Awaited<ReturnType<typeof getOwnReceipt>>>;

/** Who a receipt code belongs to, for the CISO checking a printed receipt; null for an unknown code. */
export async function findByVerificationCode(db: Reader, code: string) {
  const [row] = await db
    .select({
      name: users.name,
      email: users.email,
      departmentName: departments.name,
      versionNumber: policyVersions.number,
      versionTitle: policyVersions.title,
      acknowledgedAt: policyAcknowledgements.acknowledgedAt,
      removeBy: policyAcknowledgements.removeBy,
    })
    .from(policyAcknowledgements)
    .innerJoin(policyVersions, eq(policyVersions.id, policyAcknowledgements.policyVersionId))
    .innerJoin(users, eq(users.id, policyAcknowledgements.userId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(policyAcknowledgements.verificationCode, code));
  return row ?? null;
}

/** The number people know a list version by. */
export async function getListVersionNumber(db: Reader, listVersionId: number): Promise<number> {
  const [row] = await db.select({ number: listVersions.number }).from(listVersions).where(eq(listVersions.id, listVersionId));
  return row?.number ?? 0;
}

/** A published policy version by id; a draft or an unknown id gives null. */
export async function getPublishedPolicyVersion(db: Reader, id: number) {
  const [row] = await db.select().from(policyVersions).where(and(eq(policyVersions.id, id), isNotNull(policyVersions.publishedAt)));
  return row ?? null;
}
