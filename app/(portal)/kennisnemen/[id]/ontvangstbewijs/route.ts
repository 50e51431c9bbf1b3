import { getDb } from "@/db";
import { getOwnReceipt } from "@/db/queries/acknowledgements";
import { getOrganisation } from "@/db/queries/organisation";
import { writeStandaloneAudit } from "@/lib/audit/chain";
import { writeRefusalAudit } from "@/lib/audit/refusals";
import { guardedRoute } from "@/lib/auth/route-guard";
import { parseRecordId } from "@/lib/params";
import { receiptFileName, renderReceipt } from "@/lib/pdf/receipt";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Dit ontvangstbewijs bestaat niet, of het is niet van u.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * A person's own receipt as PDF. Someone else's id answers exactly as a missing one (404), so ids cannot be
 * probed, and the attempt is logged as denied. The CISO gets no exception: they check a receipt by its code.
 */
export const GET = guardedRoute<{ id: string }>({ name: "policy.receipt.download", permission: "policy.acknowledge" }, async (_request, { viewer, ip, params }) => {
  const db = getDb();
  const id = parseRecordId(params.id);
  const receipt = id ? await getOwnReceipt(db, id, viewer.id) : null;
  if (!receipt) {
    await writeRefusalAudit(db, {
      actorId: viewer.id, actorLabel: viewer.name, action: "policy.receipt.download", objectType: "policy_acknowledgement", objectId: id ?? params.id.slice(0, 20), result: "denied", ip,
    });
    return notFound();
  }
  const organisation = await getOrganisation();
  const pdf = await renderReceipt({ ...receipt, organisation: organisation.name });
  await writeStandaloneAudit(db, {
    actorId: viewer.id, actorLabel: viewer.name, action: "policy.receipt.download", objectType: "policy_acknowledgement", objectId: receipt.id, result: "success", ip,
    after: { versionNumber: receipt.versionNumber, verificationCode: receipt.verificationCode },
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${receiptFileName(receipt.versionNumber)}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
