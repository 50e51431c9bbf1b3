import { toCsv } from "@/lib/csv";
import { asJsonFile, type ExportVersion } from "./entries";

/** One person's approved, unexpired exemption for an app, as the exemptions register holds it. */
export type ExclusionRow = { exemptionId: number; appId: number; userName: string; userEmail: string; device: string; endsOn: string | null };

export type ExclusionGroup = { appId: number; name: string; iosBundleId: string | null; androidPackage: string | null; members: ExclusionRow[] };

/**
 * Per app of this list version, the people and devices to leave out of its block: the MDM admin puts them
 * in an exclusion group for that app. Apps without anyone excepted are left out; exemptions for an app
 * that is not in this version do not belong to its files.
 */
export function exclusionGroups(version: ExportVersion, rows: readonly ExclusionRow[]): ExclusionGroup[] {
  return version.apps
    .map((app) => ({
      appId: app.appId,
      name: app.name,
      iosBundleId: app.iosBundleId,
      androidPackage: app.androidPackage,
      members: rows.filter((r) => r.appId === app.appId),
    }))
    .filter((group) => group.members.length > 0);
}

/** A spreadsheet row per person and app (formula-safe, see lib/csv.ts). */
export function exclusionsCsv(groups: readonly ExclusionGroup[]): string {
  return toCsv(
    ["App", "iOS-bundel-ID", "Android-pakketnaam", "Naam", "E-mailadres", "Toestel", "Geldig tot en met", "Uitzondering"],
    groups.flatMap((g) => g.members.map((m) => [g.name, g.iosBundleId, g.androidPackage, m.userName, m.userEmail, m.device, m.endsOn, m.exemptionId])),
  );
}

/** The same groups as JSON, for a script that fills the Entra ID groups (members by e-mail address). */
export function exclusionsJson(version: ExportVersion, groups: readonly ExclusionGroup[], today: string): string {
  return asJsonFile({
    listVersion: version.number,
    validOn: today,
    apps: groups.map((g) => ({
      name: g.name,
      iosBundleId: g.iosBundleId,
      androidPackage: g.androidPackage,
      members: g.members.map((m) => ({ name: m.userName, email: m.userEmail, device: m.device, endsOn: m.endsOn, exemptionId: m.exemptionId })),
    })),
  });
}
