import { toCsv } from "@/lib/csv";

export type ViolatingDeviceRow = {
  deviceId: string;
  deviceName: string | null;
  platform: string | null;
  ownerName: string | null;
  ownerEmail: string | null;
  department: string | null;
  apps: { appId: number; appName: string; matchKind: "identifier" | "name" }[];
};

/** An app as the CISO should read it: a name-only match is flagged, because it needs checking by hand. */
export const appLabel = (app: ViolatingDeviceRow["apps"][number]) => (app.matchKind === "name" ? `${app.appName} (herkend op naam, controleer)` : app.appName);

/**
 * The violating devices as a spreadsheet. Device and owner names come from the MDM file, so they are
 * untrusted: toCsv neutralises any cell a spreadsheet would run as a formula.
 */
export function violationsCsv(rows: readonly ViolatingDeviceRow[]): string {
  return toCsv(
    ["Apparaat-id", "Apparaatnaam", "Platform", "Eigenaar", "E-mailadres", "Afdeling", "Apps op de lijst"],
    rows.map((r) => [r.deviceId, r.deviceName, r.platform, r.ownerName ?? "Onbekende eigenaar", r.ownerEmail, r.department, r.apps.map(appLabel).join("; ")]),
  );
}
