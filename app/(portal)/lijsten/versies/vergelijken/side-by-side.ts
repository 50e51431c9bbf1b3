import type { AppRow } from "@/lib/lists/diff";

export type ComparedApp = { appId: number; name: string; older: AppRow | null; newer: AppRow | null; changedFields: string[] };

const compared: (keyof AppRow)[] = ["name", "vendorName", "countryCode", "category", "measure", "source", "iosBundleId", "iosVerified", "androidPackage", "androidVerified"];

/** Pairs the apps of two versions and keeps only those that differ, for a side-by-side table. */
export function compareApps(older: AppRow[], newer: AppRow[]): ComparedApp[] {
  const olderById = new Map(older.map((a) => [a.appId, a]));
  const newerById = new Map(newer.map((a) => [a.appId, a]));
  const ids = [...new Set([...olderById.keys(), ...newerById.keys()])];
  return ids
    .map((appId) => {
      const a = olderById.get(appId) ?? null;
      const b = newerById.get(appId) ?? null;
      const changedFields = a && b ? compared.filter((f) => (a[f] ?? null) !== (b[f] ?? null)) : compared;
      return { appId, name: (b ?? a)!.name, older: a, newer: b, changedFields };
    })
    .filter((row) => !row.older || !row.newer || row.changedFields.length > 0)
    .sort((x, y) => x.name.localeCompare(y.name, "nl"));
}
