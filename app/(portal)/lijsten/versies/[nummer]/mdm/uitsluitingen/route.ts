import { todayIso } from "@/lib/dates";
import { exclusionsCsv } from "@/lib/mdm-exports/exclusions";
import { mdmExportRoute } from "../_lib/export-route";
import { versionExclusionGroups } from "../_lib/exclusions";

export const dynamic = "force-dynamic";

/** Per app of the version, the people and devices with an approved exemption: the MDM's exclusion groups (formula-safe CSV). */
export const GET = mdmExportRoute("list.version.export.exclusions", async ({ version }) => {
  const today = todayIso();
  const groups = await versionExclusionGroups(version, today);
  return {
    body: exclusionsCsv(groups),
    fileName: `lijstversie-${version.number}-uitsluitingen-${today}.csv`,
    contentType: "text/csv; charset=utf-8",
    details: { format: "uitsluitingen-csv", validOn: today, apps: groups.length, people: groups.reduce((n, g) => n + g.members.length, 0) },
  };
});
