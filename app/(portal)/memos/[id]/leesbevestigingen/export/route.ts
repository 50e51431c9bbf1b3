import { getDb } from "@/db";
import { memoAudienceMembers } from "@/db/queries/memos";
import { writeStandaloneAudit } from "@/lib/audit/chain";
import { guardedRoute } from "@/lib/auth/route-guard";
import { getVisibleMemo } from "@/lib/memos/access";
import { receiptsCsv } from "@/lib/memos/receipts-csv";
import { parseRecordId } from "@/lib/params";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Deze memo bestaat niet, of is nog niet gepubliceerd.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The read receipts of a published memo as CSV, for the griffie and the CISO only. */
export const GET = guardedRoute<{ id: string }>({ name: "memo.receipts.export", permission: "memos.manage" }, async (_request, { viewer, ip, params }) => {
  const db = getDb();
  const id = parseRecordId(params.id);
  const memo = id ? await getVisibleMemo(db, viewer, id, ip, "memo.receipts.export") : null;
  if (!memo?.publishedAt) return notFound();
  const members = await memoAudienceMembers(db, memo.id);
  await writeStandaloneAudit(db, {
    actorId: viewer.id, actorLabel: viewer.name, action: "memo.receipts.export", objectType: "memo", objectId: memo.id, result: "success", ip,
    after: { number: memo.number, rows: members.length, opened: members.filter((m) => m.openedAt).length },
  });
  return new Response(receiptsCsv(members), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="leesbevestigingen-memo-${memo.number}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
