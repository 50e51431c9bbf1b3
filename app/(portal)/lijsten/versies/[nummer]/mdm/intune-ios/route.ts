import { platformEntries } from "@/lib/mdm-exports/entries";
import { intuneJson } from "@/lib/mdm-exports/intune";
import { JSON_TYPE, mdmExportRoute } from "../_lib/export-route";

export const dynamic = "force-dynamic";

/** The Microsoft Graph body of an Intune compliance policy with the iOS apps of the version as restricted apps. */
export const GET = mdmExportRoute("list.version.export.intune", ({ version }) => ({
  body: intuneJson(version, "ios"),
  fileName: `lijstversie-${version.number}-intune-ios.json`,
  contentType: JSON_TYPE,
  details: { format: "intune-ios", apps: platformEntries(version.apps, "ios").included.length },
}));
