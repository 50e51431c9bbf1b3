import { and, asc, count, desc, eq, ilike, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, Tx } from "@/db/client";
import { apps, countries, users, vendors, type AppSource, type Measure } from "@/db/schema";

type Reader = Db | Tx;

export async function listCountries(db: Reader) {
  return db
    .select({
      id: countries.id,
      code: countries.code,
      name: countries.name,
      basis: countries.basis,
      listedOn: countries.listedOn,
      nextReviewOn: countries.nextReviewOn,
      delistedOn: countries.delistedOn,
      delistReason: countries.delistReason,
    })
    .from(countries)
    .orderBy(sql`${countries.delistedOn} is not null`, asc(countries.name));
}

export async function getCountry(db: Reader, id: number) {
  const [row] = await db.select().from(countries).where(eq(countries.id, id));
  return row ?? null;
}

export async function listVendors(db: Reader) {
  return db
    .select({
      id: vendors.id,
      name: vendors.name,
      notes: vendors.notes,
      countryId: vendors.countryId,
      countryName: countries.name,
      countryCode: countries.code,
      appCount: sql<number>`(select count(*)::int from ${apps} where ${apps.vendorId} = ${vendors.id} and ${apps.removedAt} is null)`,
    })
    .from(vendors)
    .innerJoin(countries, eq(countries.id, vendors.countryId))
    .orderBy(asc(vendors.name));
}

export async function getVendor(db: Reader, id: number) {
  const [row] = await db.select().from(vendors).where(eq(vendors.id, id));
  return row ?? null;
}

export const appSorts = ["naam", "leverancier", "land", "gewijzigd"] as const;
export type AppSort = (typeof appSorts)[number];

export type AppFilters = {
  search?: string;
  countryId?: number;
  vendorId?: number;
  measure?: Measure;
  source?: AppSource;
  sort?: AppSort;
};

/** The draft's apps (not removed), filtered and sorted in SQL. */
export async function listDraftApps(db: Reader, filters: AppFilters = {}) {
  const conditions: SQL[] = [isNull(apps.removedAt)];
  if (filters.search) {
    const pattern = `%${filters.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(apps.name, pattern), ilike(vendors.name, pattern), ilike(apps.iosBundleId, pattern), ilike(apps.androidPackage, pattern), ilike(apps.category, pattern))!);
  }
  if (filters.countryId) conditions.push(eq(countries.id, filters.countryId));
  if (filters.vendorId) conditions.push(eq(vendors.id, filters.vendorId));
  if (filters.measure) conditions.push(eq(apps.measure, filters.measure));
  if (filters.source) conditions.push(eq(apps.source, filters.source));
  const order = {
    naam: [asc(apps.name)],
    leverancier: [asc(vendors.name), asc(apps.name)],
    land: [asc(countries.name), asc(apps.name)],
    gewijzigd: [desc(apps.updatedAt)],
  }[filters.sort ?? "naam"];

  return db
    .select({
      id: apps.id,
      name: apps.name,
      category: apps.category,
      measure: apps.measure,
      source: apps.source,
      iosBundleId: apps.iosBundleId,
      iosVerifiedAt: apps.iosVerifiedAt,
      androidPackage: apps.androidPackage,
      androidVerifiedAt: apps.androidVerifiedAt,
      updatedAt: apps.updatedAt,
      vendorId: vendors.id,
      vendorName: vendors.name,
      countryCode: countries.code,
      countryName: countries.name,
    })
    .from(apps)
    .innerJoin(vendors, eq(vendors.id, apps.vendorId))
    .innerJoin(countries, eq(countries.id, vendors.countryId))
    .where(and(...conditions))
    .orderBy(...order);
}

const iosVerifier = alias(users, "ios_verifier");
const androidVerifier = alias(users, "android_verifier");

export async function getApp(db: Reader, id: number) {
  const [row] = await db
    .select({
      app: apps,
      vendorName: vendors.name,
      countryName: countries.name,
      iosVerifiedByName: iosVerifier.name,
      androidVerifiedByName: androidVerifier.name,
    })
    .from(apps)
    .innerJoin(vendors, eq(vendors.id, apps.vendorId))
    .innerJoin(countries, eq(countries.id, vendors.countryId))
    .leftJoin(iosVerifier, eq(iosVerifier.id, apps.iosVerifiedById))
    .leftJoin(androidVerifier, eq(androidVerifier.id, apps.androidVerifiedById))
    .where(eq(apps.id, id));
  return row ?? null;
}

/** Another app in the draft that already uses this identifier, if any (case-insensitive). */
export async function findIdentifierOwner(db: Reader, column: "ios" | "android", value: string, exceptAppId?: number) {
  const target = column === "ios" ? apps.iosBundleId : apps.androidPackage;
  const conditions = [isNull(apps.removedAt), eq(sql`lower(${target})`, value.toLowerCase())];
  if (exceptAppId) conditions.push(sql`${apps.id} <> ${exceptAppId}`);
  const [row] = await db.select({ id: apps.id, name: apps.name }).from(apps).where(and(...conditions)).limit(1);
  return row ?? null;
}

export async function countDraftApps(db: Reader) {
  const [row] = await db.select({ n: count() }).from(apps).where(isNull(apps.removedAt));
  return row?.n ?? 0;
}
