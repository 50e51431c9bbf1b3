import { getDb } from "@/db";
import { getPublishedPolicyVersion } from "@/db/queries/acknowledgements";
import { listAudience } from "@/db/queries/policy-audience";
import { writeStandaloneAudit } from "@/lib/audit/chain";
import { guardedRoute } from "@/lib/auth/route-guard";
import { toCsv } from "@/lib/csv";
import { todayIso } from "@/lib/dates";
import { riskGroupLabels } from "@/lib/labels";
import { parseRecordId } from "@/lib/params";
import { filterAudience, parseOverviewFilters, statusLabels } from "@/lib/policy/acknowledgement-overview";

export const dynamic = "force-dynamic";

// Sortable in a spreadsheet, in the time people read on the page.
const localTime = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });

const HEADERS = ["Naam", "E-mailadres", "Afdeling", "Risicogroep", "Eigen uiterste datum", "Status", "Kennisgenomen op (Nederlandse tijd)"] as const;

/** The people of a version with their status, filtered as on the page. Checks the session itself. */
export const GET = guardedRoute<{ id: string }>({ name: "acknowledgements.export", permission: "acknowledgements.view" }, async (request, { viewer, ip, params }) => {
  const db = getDb();
  const id = parseRecordId(params.id);
  const version = id ? await getPublishedPolicyVersion(db, id) : null;
  if (!version) {
    return new Response("Deze beleidsversie bestaat niet.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const filters = parseOverviewFilters(request.nextUrl.searchParams);
  const today = todayIso();
  const rows = filterAudience(await listAudience(db, version), filters, today);
  await writeStandaloneAudit(db, {
    actorId: viewer.id, actorLabel: viewer.name, action: "acknowledgements.export", objectType: "policy_version", objectId: version.id, result: "success", ip,
    after: { versionNumber: version.number, filters, rows: rows.length },
  });
  const csv = toCsv(HEADERS, rows.map((p) => [
    p.name, p.email, p.departmentName ?? "Geen afdeling", riskGroupLabels[p.riskGroup], p.dueOn, statusLabels[p.status],
    p.acknowledgedAt ? localTime.format(p.acknowledgedAt) : "",
  ]));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="kennisnames-beleid-v${version.number}-${today}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
