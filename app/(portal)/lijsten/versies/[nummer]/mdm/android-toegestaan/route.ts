import { androidAllowPolicy } from "@/lib/mdm-exports/android";
import { asJsonFile } from "@/lib/mdm-exports/entries";
import { JSON_TYPE, mdmExportRoute } from "../_lib/export-route";
import { INSTALL_PARAM, readAllowlist } from "../_lib/allowlist-request";

export const dynamic = "force-dynamic";

/** The Android policy in allowlist mode (playStoreMode WHITELIST) with the package names the CISO typed. */
export const GET = mdmExportRoute("list.version.export.android", ({ request, version, exportPage }) => {
  const allowed = readAllowlist(request, version, "android", exportPage);
  if (allowed instanceof Response) return allowed;
  // "verplicht": every allowed app is installed on every device; otherwise the user may install it from the store.
  const installType = request.nextUrl.searchParams.get(INSTALL_PARAM) === "verplicht" ? "FORCE_INSTALLED" : "AVAILABLE";
  return {
    body: asJsonFile(androidAllowPolicy(allowed, installType)),
    fileName: `lijstversie-${version.number}-android-toegestaan.json`,
    contentType: JSON_TYPE,
    details: { format: "android-toegestaan", installType, allowed },
  };
});
