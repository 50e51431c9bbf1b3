import { platformEntries } from "@/lib/mdm-exports/entries";
import { intuneJson } from "@/lib/mdm-exports/intune";
import { JSON_TYPE, mdmExportRoute } from "../_lib/export-route";

export const dynamic = "force-dynamic";

/** The Microsoft Graph body of an Intune compliance policy with the Android apps of the version as restricted apps. */
export const GET = mdmExportRoute("list.version.export.intune", ({ version }) => ({
  body: intuneJson(version, "android"),
  fileName: `lijstversie-${version.number}-intune-android.json`,
  contentType: JSON_TYPE,
  details: { format: "intune-android", apps: platformEntries(version.apps, "android").included.length },
}));
