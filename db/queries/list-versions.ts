import { createHash } from "node:crypto";
import { asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { apps, countries, listVersionApps, listVersionCountries, listVersions, vendors } from "@/db/schema";
import type { AppRow, CountryRow } from "@/db/schema/list-types";

type Reader = Db | Tx;
export type ListSnapshot = { apps: AppRow[]; countries: CountryRow[] };

/** The draft as it would be published: listed countries and the apps not removed. */
export async function getDraftSnapshot(db: Reader): Promise<ListSnapshot> {
  const appRows = await db
    .select({
      appId: apps.id,
      name: apps.name,
      vendorName: vendors.name,
      countryCode: countries.code,
      countryName: countries.name,
      category: apps.category,
      measure: apps.measure,
      source: apps.source,
      iosBundleId: apps.iosBundleId,
      iosVerified: sql<boolean>`${apps.iosVerifiedAt} is not null`,
      androidPackage: apps.androidPackage,
      androidVerified: sql<boolean>`${apps.androidVerifiedAt} is not null`,
    })
    .from(apps)
    .innerJoin(vendors, eq(vendors.id, apps.vendorId))
    .innerJoin(countries, eq(countries.id, vendors.countryId))
    .where(isNull(apps.removedAt))
    .orderBy(asc(apps.name));
  const countryRows = await db
    .select({
      countryId: countries.id,
      code: countries.code,
      name: countries.name,
      basis: countries.basis,
      listedOn: countries.listedOn,
      nextReviewOn: countries.nextReviewOn,
    })
    .from(countries)
    .where(isNull(countries.delistedOn))
    .orderBy(asc(countries.name));
  return { apps: appRows, countries: countryRows };
}

export async function getVersionSnapshot(db: Reader, versionId: number): Promise<ListSnapshot> {
  const [appRows, countryRows] = await Promise.all([
    db.select().from(listVersionApps).where(eq(listVersionApps.versionId, versionId)).orderBy(asc(listVersionApps.name)),
    db.select().from(listVersionCountries).where(eq(listVersionCountries.versionId, versionId)).orderBy(asc(listVersionCountries.name)),
  ]);
  return {
    apps: appRows.map(({ versionId: _v, ...row }) => row),
    countries: countryRows.map(({ versionId: _v, ...row }) => row),
  };
}

/**
 * SHA-256 over the JSON of a version's countries and apps, sorted by id, with the fields named in a fixed
 * order, so the same content gives the same hash however it was read. Stored with the version at
 * publication and written into its audit row; a column added to the version tables later does not
 * change old hashes.
 */
export function versionContentHash(snapshot: ListSnapshot): string {
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
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

const versionColumns = {
  id: listVersions.id,
  number: listVersions.number,
  publishedAt: listVersions.publishedAt,
  publishedByName: listVersions.publishedByName,
  note: listVersions.note,
  changelog: listVersions.changelog,
  contentHash: listVersions.contentHash,
};

export async function getLatestVersion(db: Reader) {
  const [row] = await db.select(versionColumns).from(listVersions).orderBy(desc(listVersions.number)).limit(1);
  return row ?? null;
}

export async function getVersionByNumber(db: Reader, number: number) {
  const [row] = await db.select(versionColumns).from(listVersions).where(eq(listVersions.number, number));
  return row ?? null;
}

export async function listVersionsNewestFirst(db: Reader) {
  return db.select(versionColumns).from(listVersions).orderBy(desc(listVersions.number));
}
