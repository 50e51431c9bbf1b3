import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { policyAcknowledgements, policyVersions } from "@/db/schema";
import { audienceEntry, getCurrentPolicyVersion } from "@/db/queries/policy-audience";
import { formatDate, todayIso } from "@/lib/dates";
import { newVerificationCode } from "./verification-code";

// The two statements a person ticks. The page shows, and the row stores, exactly these sentences.
export const READ_STATEMENT = "Ik heb het beleid gelezen.";
export const removalStatement = (dueOn: string) => `Op mijn werkapparaten staan geen van deze apps, of ik verwijder ze vóór ${formatDate(dueOn)}.`;
export const acknowledgementStatement = (dueOn: string) => `${READ_STATEMENT}\n${removalStatement(dueOn)}`;

export type Acknowledgement = typeof policyAcknowledgements.$inferSelect;

export type AcknowledgeOutcome =
  | { status: "acknowledged"; acknowledgement: Acknowledgement; versionNumber: number | null }
  | { status: "already"; acknowledgement: Acknowledgement; versionNumber: number | null }
  | { status: "missing" }
  | { status: "not-current"; versionNumber: number | null }
  | { status: "not-in-audience" };

type AuditEvent = { action: string; objectType: string; objectId: string | number; after: unknown };

async function findAcknowledgement(tx: Tx, versionId: number, userId: string) {
  const [row] = await tx
    .select()
    .from(policyAcknowledgements)
    .where(and(eq(policyAcknowledgements.policyVersionId, versionId), eq(policyAcknowledgements.userId, userId)));
  return row ?? null;
}

/**
 * Records that a person acknowledged a version, once. The caller holds the person's own account row
 * locked, so their parallel submissions (a double click, a second tab) pass here one at a time and the
 * later ones find the first row, while different people go ahead side by side; the unique index
 * (version, person) decides as well, should a caller forget the lock. A published version cannot
 * change (a trigger refuses it), so it needs no lock. The person is always the signed-in one.
 */
export async function acknowledgePolicy(
  tx: Tx,
  versionId: number,
  person: { userId: string; ip: string | null },
  audit: (event: AuditEvent) => Promise<void>,
  now = new Date(),
): Promise<AcknowledgeOutcome> {
  const [version] = await tx.select().from(policyVersions).where(eq(policyVersions.id, versionId));
  if (!version) return { status: "missing" };
  const current = await getCurrentPolicyVersion(tx, todayIso(now));
  if (current?.id !== version.id) return { status: "not-current", versionNumber: version.number };
  const entry = await audienceEntry(tx, version, person.userId);
  if (!entry) return { status: "not-in-audience" };
  const earlier = await findAcknowledgement(tx, version.id, person.userId);
  if (earlier) return { status: "already", acknowledgement: earlier, versionNumber: version.number };

  const [row] = await tx
    .insert(policyAcknowledgements)
    .values({
      policyVersionId: version.id,
      userId: person.userId,
      statement: acknowledgementStatement(entry.dueOn),
      removeBy: entry.dueOn,
      verificationCode: newVerificationCode(),
      acknowledgedAt: now,
      ip: person.ip,
    })
    .onConflictDoNothing({ target: [policyAcknowledgements.policyVersionId, policyAcknowledgements.userId] })
    .returning();
  if (!row) {
    const first = await findAcknowledgement(tx, version.id, person.userId);
    if (first) return { status: "already", acknowledgement: first, versionNumber: version.number };
    throw new Error("acknowledgement neither inserted nor found");
  }
  await audit({
    action: "policy.acknowledge",
    objectType: "policy_acknowledgement",
    objectId: row.id,
    after: { policyVersionId: version.id, versionNumber: version.number, userId: person.userId, removeBy: row.removeBy, verificationCode: row.verificationCode },
  });
  return { status: "acknowledged", acknowledgement: row, versionNumber: version.number };
}
