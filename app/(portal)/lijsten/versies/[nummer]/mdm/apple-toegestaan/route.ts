import { APPLE_CONTENT_TYPE, appleAllowProfile } from "@/lib/mdm-exports/apple";
import { mdmExportRoute } from "../_lib/export-route";
import { readAllowlist } from "../_lib/allowlist-request";

export const dynamic = "force-dynamic";

/** The allowlist profile (allowListedAppBundleIDs) with the bundle ids the CISO typed on the export page. */
export const GET = mdmExportRoute("list.version.export.apple", ({ request, version, organisation, exportPage }) => {
  const allowed = readAllowlist(request, version, "ios", exportPage);
  if (allowed instanceof Response) return allowed;
  return {
    body: appleAllowProfile({ version, organisation }, allowed),
    fileName: `lijstversie-${version.number}-apple-toegestaan.mobileconfig`,
    contentType: APPLE_CONTENT_TYPE,
    details: { format: "apple-toegestaan", allowed },
  };
});
