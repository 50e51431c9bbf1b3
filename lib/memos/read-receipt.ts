import type { Db } from "@/db/client";
import { insertMemoRead, isMemoAddressedTo } from "@/db/queries/memos";
import type { Role } from "@/db/schema/enums";
import { writeAudit } from "@/lib/audit/chain";

type Reader = { id: string; name: string; roles: Role[] };

/**
 * Records that a reader opened a published memo addressed to them: the first opening only. The receipt and its
 * audit row are written in one transaction; a second opening (or 50 at once) finds the row and writes nothing.
 * The griffie or CISO looking at a memo that is not addressed to them leaves no receipt.
 */
export async function recordMemoRead(db: Db, memoId: number, reader: Reader, ip: string | null, now = new Date()): Promise<boolean> {
  if (!(await isMemoAddressedTo(db, memoId, reader))) return false;
  return db.transaction(async (tx) => {
    const first = await insertMemoRead(tx, memoId, reader.id, now);
    if (first) {
      await writeAudit(tx, { action: "memo.read", objectType: "memo", objectId: memoId, actorId: reader.id, actorLabel: reader.name, result: "success", ip });
    }
    return first;
  });
}
