import type { Db } from "@/db/client";
import { audienceEntry, getCurrentPolicyVersion, type AudienceMember, type PolicyVersion } from "@/db/queries/policy-audience";

/** What the current policy version asks of one person: nothing, their acknowledgement, or it is done. */
export type AcknowledgementTask =
  | { kind: "no-policy" }
  | { kind: "not-asked"; version: PolicyVersion }
  | { kind: "open"; version: PolicyVersion; entry: AudienceMember; overdue: boolean }
  | { kind: "done"; version: PolicyVersion; entry: AudienceMember & { acknowledgedAt: Date } };

export async function getAcknowledgementTask(db: Db, userId: string, today: string): Promise<AcknowledgementTask> {
  const version = await getCurrentPolicyVersion(db, today);
  if (!version) return { kind: "no-policy" };
  const entry = await audienceEntry(db, version, userId);
  if (!entry) return { kind: "not-asked", version };
  if (entry.acknowledgedAt) return { kind: "done", version, entry: { ...entry, acknowledgedAt: entry.acknowledgedAt } };
  return { kind: "open", version, entry, overdue: entry.dueOn < today };
}
