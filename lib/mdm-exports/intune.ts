import { toCsv } from "@/lib/csv";
import { asJsonFile, platformEntries, type ExportVersion, type MdmEntry, type MdmPlatform } from "./entries";

const POLICY_TYPE: Record<MdmPlatform, string> = {
  ios: "#microsoft.graph.iosCompliancePolicy",
  android: "#microsoft.graph.androidCompliancePolicy",
};

const appListItem = (entry: MdmEntry) => ({
  "@odata.type": "#microsoft.graph.appListItem",
  name: entry.name,
  publisher: entry.publisher,
  appStoreUrl: entry.storeUrl,
  appId: entry.identifier,
});

/**
 * The body of `POST /deviceManagement/deviceCompliancePolicies` in Microsoft Graph: a compliance policy whose
 * restricted apps are the list's apps for this platform. A device with one of them installed is not compliant.
 */
export function intuneCompliancePolicy(version: ExportVersion, platform: MdmPlatform) {
  const { included } = platformEntries(version.apps, platform);
  return {
    "@odata.type": POLICY_TYPE[platform],
    displayName: `Verboden apps, lijstversie ${version.number} (${platform === "ios" ? "iOS" : "Android"})`,
    description: `Apps van de lijst met apps uit landen met een offensief cyberprogramma, lijstversie ${version.number}. Gemaakt door het portaal; pas de lijst aan in het portaal, niet hier.`,
    restrictedApps: included.map(appListItem),
    // Graph refuses a new compliance policy without a scheduled action: "block" marks a device
    // with a listed app as not compliant at once (grace period 0 hours).
    scheduledActionsForRule: [
      {
        ruleName: "PasswordRequired",
        scheduledActionConfigurations: [{ actionType: "block", gracePeriodHours: 0, notificationTemplateId: "", notificationMessageCCList: [] }],
      },
    ],
  };
}

export const intuneJson = (version: ExportVersion, platform: MdmPlatform) => asJsonFile(intuneCompliancePolicy(version, platform));

/** The same entries for both platforms as a spreadsheet, for checking or for typing into the Intune screens. */
export function intuneCsv(version: ExportVersion): string {
  const rows = (["ios", "android"] as const).flatMap((platform) =>
    platformEntries(version.apps, platform).included.map((e) => [
      platform === "ios" ? "iOS" : "Android",
      e.name,
      e.publisher,
      e.identifier,
      e.storeUrl,
      e.verified ? "ja" : "nee",
    ]),
  );
  return toCsv(["Platform", "Naam", "Uitgever", "Bundel-ID of pakketnaam", "Winkeladres", "Geverifieerd"], rows);
}
