import { todayIso } from "@/lib/dates";
import { exclusionsJson } from "@/lib/mdm-exports/exclusions";
import { JSON_TYPE, mdmExportRoute } from "../_lib/export-route";
import { versionExclusionGroups } from "../_lib/exclusions";

export const dynamic = "force-dynamic";

/** The exclusion groups as JSON, for a script that fills the groups in Entra ID by e-mail address. */
export const GET = mdmExportRoute("list.version.export.exclusions", async ({ version }) => {
  const today = todayIso();
  const groups = await versionExclusionGroups(version, today);
  return {
    body: exclusionsJson(version, groups, today),
    fileName: `lijstversie-${version.number}-uitsluitingen-${today}.json`,
    contentType: JSON_TYPE,
    details: { format: "uitsluitingen-json", validOn: today, apps: groups.length, people: groups.reduce((n, g) => n + g.members.length, 0) },
  };
});
