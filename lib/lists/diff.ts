// Compares two states of the lists (draft against the latest version, or two versions) and
// describes the difference as a changelog a CISO can read and publish.

import type { AppRow, ChangedItem, CountryRow, ItemRef, ListChangelog, SectionDiff } from "@/db/schema/list-types";

export type { AppRow, ChangedItem, CountryRow, FieldChange, ItemRef, ListChangelog, SectionDiff } from "@/db/schema/list-types";

const appFields = [
  "name", "vendorName", "countryCode", "category", "measure", "source",
  "iosBundleId", "iosVerified", "androidPackage", "androidVerified",
] as const satisfies readonly (keyof AppRow)[];
const countryFields = ["code", "name", "basis", "listedOn", "nextReviewOn"] as const satisfies readonly (keyof CountryRow)[];

function diffSection<T>(
  before: T[],
  after: T[],
  idOf: (row: T) => number,
  labelOf: (row: T) => string,
  fields: readonly (keyof T & string)[],
): SectionDiff {
  const beforeById = new Map(before.map((row) => [idOf(row), row]));
  const afterById = new Map(after.map((row) => [idOf(row), row]));
  const byLabel = (a: ItemRef, b: ItemRef) => a.label.localeCompare(b.label, "nl");

  const added = after.filter((row) => !beforeById.has(idOf(row))).map((row) => ({ id: idOf(row), label: labelOf(row) }));
  const removed = before.filter((row) => !afterById.has(idOf(row))).map((row) => ({ id: idOf(row), label: labelOf(row) }));
  const changed: ChangedItem[] = [];
  for (const row of after) {
    const old = beforeById.get(idOf(row));
    if (!old) continue;
    const changes = fields
      .filter((field) => (old[field] ?? null) !== (row[field] ?? null))
      .map((field) => ({ field, before: old[field] ?? null, after: row[field] ?? null }));
    if (changes.length > 0) changed.push({ id: idOf(row), label: labelOf(row), changes });
  }
  return { added: added.sort(byLabel), removed: removed.sort(byLabel), changed: changed.sort(byLabel) };
}

/**
 * How an app is named in a changelog: "TikTok (Bytedance)". A vendor named after its app ("VK" by
 * "VK (VKontakte)") is not repeated, and a vendor that has brackets of its own is not nested in more.
 */
export function appLabel(name: string, vendorName: string): string {
  if (vendorName.toLowerCase() === name.toLowerCase() || vendorName.toLowerCase().startsWith(`${name.toLowerCase()} (`)) return vendorName;
  return vendorName.includes("(") ? `${name}, ${vendorName}` : `${name} (${vendorName})`;
}

export function diffLists(
  before: { apps: AppRow[]; countries: CountryRow[] },
  after: { apps: AppRow[]; countries: CountryRow[] },
): ListChangelog {
  return {
    apps: diffSection(before.apps, after.apps, (a) => a.appId, (a) => appLabel(a.name, a.vendorName), appFields),
    countries: diffSection(before.countries, after.countries, (c) => c.countryId, (c) => `${c.name} (${c.code})`, countryFields),
  };
}

export function changeCount(changelog: ListChangelog): number {
  const count = (s: SectionDiff) => s.added.length + s.removed.length + s.changed.length;
  return count(changelog.apps) + count(changelog.countries);
}
