import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import type { Viewer } from "@/lib/auth/session";
import { getVisibleMemo } from "@/lib/memos/access";
import { parseRecordId } from "@/lib/params";
import { clientIp } from "@/lib/request";

/** The memo of the page's [id], if this viewer may see it; otherwise the not-found page (and a denied row). */
export async function loadVisibleMemo(viewer: Viewer, params: Promise<{ id: string }>) {
  const id = parseRecordId((await params).id);
  if (!id) notFound();
  const memo = await getVisibleMemo(getDb(), viewer, id, await clientIp());
  if (!memo) notFound();
  return memo;
}

export const memoTitle = (memo: { number: number | null; subject: string }) => (memo.number ? `Memo ${memo.number}: ${memo.subject}` : `Concept: ${memo.subject}`);

/**
 * Whether this render is the router prefetching a link (the inbox's links come into view), not a person opening
 * the memo: a prefetch must not count as read.
 */
export async function isPrefetch(): Promise<boolean> {
  const h = await headers();
  return h.has("next-router-prefetch") || h.has("next-router-segment-prefetch");
}
