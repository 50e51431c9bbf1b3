import { APPLE_CONTENT_TYPE, appleBlockProfile } from "@/lib/mdm-exports/apple";
import { platformEntries } from "@/lib/mdm-exports/entries";
import { mdmExportRoute } from "../_lib/export-route";

export const dynamic = "force-dynamic";

/** A configuration profile that blocks the iOS apps of the version (blockedAppBundleIDs). */
export const GET = mdmExportRoute("list.version.export.apple", ({ version, organisation }) => ({
  body: appleBlockProfile({ version, organisation }),
  fileName: `lijstversie-${version.number}-apple-blokkeren.mobileconfig`,
  contentType: APPLE_CONTENT_TYPE,
  details: { format: "apple-blokkeren", apps: platformEntries(version.apps, "ios").included.length },
}));
