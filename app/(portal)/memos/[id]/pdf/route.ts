import { getDb } from "@/db";
import { getVersionSnapshot } from "@/db/queries/list-versions";
import { getOrganisation } from "@/db/queries/organisation";
import { writeStandaloneAudit } from "@/lib/audit/chain";
import { guardedRoute } from "@/lib/auth/route-guard";
import { getVisibleMemo } from "@/lib/memos/access";
import { audienceWords } from "@/lib/memos/labels";
import { parseRecordId } from "@/lib/params";
import { memoFileName, renderMemo } from "@/lib/pdf/memo";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Deze memo bestaat niet, of is niet aan u gericht.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * A memo as PDF, by the same rule as its page: a reader outside its audience gets the same 404 as for an unknown id,
 * and the attempt is logged as denied. Drafts only for the griffie and the CISO (marked as concept).
 */
export const GET = guardedRoute<{ id: string }>({ name: "memo.pdf.download", permission: "memos.read" }, async (_request, { viewer, ip, params }) => {
  const db = getDb();
  const id = parseRecordId(params.id);
  const memo = id ? await getVisibleMemo(db, viewer, id, ip, "memo.pdf.download") : null;
  if (!memo) return notFound();
  const [organisation, snapshot] = await Promise.all([getOrganisation(), memo.listVersionId ? getVersionSnapshot(db, memo.listVersionId) : null]);
  const pdf = await renderMemo({
    ...memo,
    organisation: organisation.name,
    to: audienceWords(memo.audiences),
    list: snapshot && memo.listVersionNumber ? { number: memo.listVersionNumber, apps: snapshot.apps } : null,
  });
  await writeStandaloneAudit(db, { actorId: viewer.id, actorLabel: viewer.name, action: "memo.pdf.download", objectType: "memo", objectId: memo.id, result: "success", ip, after: { number: memo.number } });
  return new Response(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${memoFileName(memo.number)}"`, "Cache-Control": "private, no-store" },
  });
});
