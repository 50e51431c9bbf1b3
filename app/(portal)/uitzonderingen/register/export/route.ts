import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { listExemptionRegister, listMdmExclusions } from "@/db/queries/exemptions";
import { writeStandaloneAudit } from "@/lib/audit/chain";
import { guardedRoute } from "@/lib/auth/route-guard";
import { todayIso } from "@/lib/dates";
import { mdmCsv, registerCsv } from "@/lib/exemptions/csv";
import { endingWindow, parseRegisterFilters } from "@/lib/exemptions/register-filters";
import { parseRecordId } from "@/lib/params";

export const dynamic = "force-dynamic";

/**
 * The register as CSV (with the page's filters), or with ?soort=mdm the exclusion list for the MDM:
 * every app, or one app with &app=<id>. The session is checked here again; the page's check does not cover it.
 */
export const GET = guardedRoute({ name: "exemptions.export", permission: "exemptions.decide" }, async (request: NextRequest, { viewer, ip }) => {
  const db = getDb();
  const today = todayIso();
  const params = request.nextUrl.searchParams;
  let body: string;
  let name: string;
  let details: Record<string, unknown>;
  if (params.get("soort") === "mdm") {
    const appId = parseRecordId(params.get("app"));
    const rows = (await listMdmExclusions(db, today)).filter((r) => !appId || r.appId === appId);
    body = mdmCsv(rows);
    name = `mdm-uitsluitingen${appId ? `-app-${appId}` : ""}-${today}.csv`;
    details = { kind: "mdm", appId, rows: rows.length };
  } else {
    const filters = parseRegisterFilters(params);
    const rows = await listExemptionRegister(db, filters, endingWindow(filters, today));
    body = registerCsv(rows);
    name = `uitzonderingen-${today}.csv`;
    details = { kind: "register", filters, rows: rows.length };
  }
  await writeStandaloneAudit(db, { actorId: viewer.id, actorLabel: viewer.name, action: "exemptions.export", objectType: "exemption", result: "success", ip, after: details });
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" },
  });
});
