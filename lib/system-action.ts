import "server-only";
import { getDb } from "@/db";
import type { Db, Tx } from "@/db/client";
import { writeAudit, writeStandaloneAudit, type AuditInput } from "@/lib/audit/chain";
import { rowLocker, type LockRow } from "@/lib/record-lock";

/** The audit actor of changes nobody clicked: the mail worker, the expiry of an exemption. */
export const SYSTEM_ACTOR = "systeem";

export type SystemContext = {
  tx: Tx;
  lock: LockRow;
  /** Writes the audit row, with "systeem" as the actor, inside the same transaction as the change. */
  audit: (event: Pick<AuditInput, "action" | "objectType" | "objectId" | "before" | "after">) => Promise<void>;
};

/**
 * The mutation path for the system itself, the counterpart of action() for jobs: one transaction
 * with the change and its audit rows (actor "systeem", no person, no address). If the job fails,
 * nothing of it stays and the failure itself is logged under its name.
 */
export async function runAsSystem<T>(name: string, job: (ctx: SystemContext) => Promise<T>, db: Db = getDb()): Promise<T> {
  try {
    return await db.transaction((tx) =>
      job({
        tx,
        lock: rowLocker(tx).lock,
        audit: (event) => writeAudit(tx, { ...event, actorId: null, actorLabel: SYSTEM_ACTOR, result: "success", ip: null }),
      }),
    );
  } catch (error) {
    await writeStandaloneAudit(db, { actorId: null, actorLabel: SYSTEM_ACTOR, action: name, objectType: "job", objectId: name, result: "failure", ip: null });
    throw error;
  }
}
