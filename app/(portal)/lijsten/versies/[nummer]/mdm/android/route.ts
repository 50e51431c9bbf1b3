import { androidBlockPolicy } from "@/lib/mdm-exports/android";
import { asJsonFile } from "@/lib/mdm-exports/entries";
import { JSON_TYPE, mdmExportRoute } from "../_lib/export-route";

export const dynamic = "force-dynamic";

/** An Android Management API policy with the Android apps of the version as installType BLOCKED. */
export const GET = mdmExportRoute("list.version.export.android", ({ version }) => {
  const policy = androidBlockPolicy(version);
  return {
    body: asJsonFile(policy),
    fileName: `lijstversie-${version.number}-android-blokkeren.json`,
    contentType: JSON_TYPE,
    details: { format: "android-blokkeren", apps: policy.applications.length },
  };
});
