import { getDb } from "@/db";
import { getCurrentImport, listViolatingDevices } from "@/db/queries/inventory";
import { writeStandaloneAudit } from "@/lib/audit/chain";
import { guardedRoute } from "@/lib/auth/route-guard";
import { violationsCsv } from "@/lib/inventory/violations-csv";

export const dynamic = "force-dynamic";

// Read in slices, so one request never asks the database for all devices of a large fleet at once.
const SLICE = 1000;

/**
 * The violating devices of the current inventory with their owners, as CSV. Owners' names and addresses are
 * personal data: the permission is checked here again and every download is audited.
 */
export const GET = guardedRoute({ name: "inventory.violations.export", permission: "devices.manage" }, async (_request, { viewer, ip }) => {
  const db = getDb();
  const current = await getCurrentImport(db);
  if (!current) {
    return new Response("Er is nog geen inventaris ingelezen, dus er zijn geen apparaten met een overtreding om te downloaden.", {
      status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const rows = [];
  for (let page = 1; ; page++) {
    const slice = await listViolatingDevices(db, current.id, { page, pageSize: SLICE });
    rows.push(...slice.rows);
    if (slice.rows.length < SLICE || rows.length >= slice.total) break;
  }
  await writeStandaloneAudit(db, {
    actorId: viewer.id, actorLabel: viewer.name, action: "inventory.violations.export", objectType: "inventory_import", objectId: String(current.id),
    result: "success", ip, after: { importId: current.id, rows: rows.length },
  });
  const date = (current.finishedAt ?? new Date()).toISOString().slice(0, 10);
  return new Response(violationsCsv(rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="overtredingen-${date}.csv"`, "Cache-Control": "no-store" },
  });
});
