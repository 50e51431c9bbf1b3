import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { listAuditEvents } from "@/lib/audit/read";
import { writeStandaloneAudit } from "@/lib/audit/chain";
import { parseAuditFilters } from "@/lib/audit/filters";
import { guardedRoute } from "@/lib/auth/route-guard";
import { todayIso } from "@/lib/dates";
import { auditEventsToCsv } from "./csv";
import { MAX_EXPORT_ROWS } from "./limits";

export const dynamic = "force-dynamic";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The filtered audit log as CSV. Checks the session itself: the page's check does not cover this address. */
export const GET = guardedRoute({ name: "audit.export", permission: "audit.view" }, async (request: NextRequest, { viewer, ip }) => {
  const db = getDb();
  const { filters } = parseAuditFilters(request.nextUrl.searchParams);
  const rows = await listAuditEvents(db, viewer, filters, { limit: MAX_EXPORT_ROWS + 1 });
  if (rows.length > MAX_EXPORT_ROWS) {
    return text(422, `Er zijn meer dan ${MAX_EXPORT_ROWS.toLocaleString("nl-NL")} regels. Kies een kortere periode of een ander filter.`);
  }
  await writeStandaloneAudit(db, {
    actorId: viewer.id,
    actorLabel: viewer.name,
    action: "audit.export",
    objectType: "audit_event",
    result: "success",
    ip,
    after: { filters, rows: rows.length },
  });
  return new Response(auditEventsToCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="auditlog-${todayIso()}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
