import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { getMemo, type Memo } from "@/db/queries/memos";
import { memos } from "@/db/schema";
import type { Role } from "@/db/schema/enums";
import { writeRefusalAudit } from "@/lib/audit/refusals";
import { memoVisibility } from "@/lib/council/audiences";

type Viewer = { id: string; name: string; roles: Role[] };

/**
 * A memo as its page, PDF and receipts may show it, by the one visibility rule (memoVisibility): the griffie
 * and the CISO see every memo, others only published memos addressed to them. For anyone else the memo does not
 * exist (the same answer as an unknown id, so nothing leaks), and the attempt is logged as denied.
 */
export async function getVisibleMemo(db: Db, viewer: Viewer, id: number, ip: string | null, action = "page.open"): Promise<Memo | null> {
  const visible = await memoVisibility(db, viewer);
  const [allowed] = await db.select({ id: memos.id }).from(memos).where(and(eq(memos.id, id), visible));
  if (allowed) return getMemo(db, id);
  const [exists] = await db.select({ id: memos.id }).from(memos).where(eq(memos.id, id));
  if (exists) await writeRefusalAudit(db, { actorId: viewer.id, actorLabel: viewer.name, action, objectType: "memo", objectId: id, ip });
  return null;
}
