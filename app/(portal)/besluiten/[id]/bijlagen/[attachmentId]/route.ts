import { getDb } from "@/db";
import { getAttachmentForDownload } from "@/db/queries/decisions";
import { writeStandaloneAudit } from "@/lib/audit/chain";
import { writeRefusalAudit } from "@/lib/audit/refusals";
import { guardedRoute } from "@/lib/auth/route-guard";
import { maySeeDecision } from "@/lib/decisions/access";
import { parseRecordId } from "@/lib/params";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Deze bijlage bestaat niet, of u kunt haar (nog) niet inzien.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });

/**
 * A decision's PDF attachment as a download. The name is the one the server chose when it was uploaded
 * (never the uploader's), and nosniff keeps a browser from treating the bytes as anything but a PDF.
 * An attachment of a draft answers a reader exactly as a missing one (404), and the attempt is logged.
 */
export const GET = guardedRoute<{ id: string; attachmentId: string }>({ name: "decision.attachment.download", permission: "decisions.view" }, async (_request, { viewer, ip, params }) => {
  const db = getDb();
  const decisionId = parseRecordId(params.id);
  const attachmentId = parseRecordId(params.attachmentId);
  const attachment = decisionId && attachmentId ? await getAttachmentForDownload(db, decisionId, attachmentId) : null;
  if (!attachment || !maySeeDecision(viewer, attachment)) {
    await writeRefusalAudit(db, {
      actorId: viewer.id, actorLabel: viewer.name, action: "decision.attachment.download", objectType: "decision_attachment", objectId: attachmentId ?? params.attachmentId.slice(0, 20), result: "denied", ip,
    });
    return notFound();
  }
  await writeStandaloneAudit(db, {
    actorId: viewer.id, actorLabel: viewer.name, action: "decision.attachment.download", objectType: "decision_attachment", objectId: attachment.id, result: "success", ip,
    after: { decisionId: attachment.decisionId, fileName: attachment.fileName, sha256: attachment.sha256 },
  });
  return new Response(new Uint8Array(attachment.content), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${attachment.fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Content-Length": String(attachment.content.length),
      "Cache-Control": "private, no-store",
    },
  });
});
