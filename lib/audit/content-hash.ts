import { createHash } from "node:crypto";
import type { AppRow, CountryRow } from "@/lib/lists/diff";
import { canonicalJson } from "./canonical-json";

/**
 * SHA-256 over the canonical JSON of a version's countries and apps, sorted by their ids, so the same
 * content gives the same hash however it was read. Stored with the version and in its audit row.
 */
export function versionContentHash(snapshot: { apps: AppRow[]; countries: CountryRow[] }): string {
  // Named fields only: a column added to the version tables later must not change old hashes.
  const content = {
    countries: [...snapshot.countries]
      .sort((a, b) => a.countryId - b.countryId)
      .map((c) => ({ countryId: c.countryId, code: c.code, name: c.name, basis: c.basis, listedOn: c.listedOn, nextReviewOn: c.nextReviewOn })),
    apps: [...snapshot.apps]
      .sort((a, b) => a.appId - b.appId)
      .map((a) => ({
        appId: a.appId, name: a.name, vendorName: a.vendorName, countryCode: a.countryCode, countryName: a.countryName, category: a.category,
        measure: a.measure, source: a.source, iosBundleId: a.iosBundleId, iosVerified: a.iosVerified, androidPackage: a.androidPackage, androidVerified: a.androidVerified,
      })),
  };
  return createHash("sha256").update(canonicalJson(content)).digest("hex");
}
