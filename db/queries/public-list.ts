import { asc, count, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { listVersionApps, listVersionCountries } from "@/db/schema";
import type { AppRow, CountryRow } from "@/db/schema/list-types";
import { appFilterWhere, type AppFilter } from "./open-data";

// Reads for the public list page (app/(public)/page.tsx) only: one page of apps and the countries, so the
// page's size does not grow with the list.
type Reader = Db | Tx;

/** One page of the version's apps (as listVersionAppsFiltered orders and filters them) and how many match in all. */
export async function listPublicAppsPage(db: Reader, versionId: number, filter: AppFilter, { page, pageSize }: { page: number; pageSize: number }) {
  const where = appFilterWhere(versionId, filter);
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(listVersionApps).where(where).orderBy(asc(listVersionApps.name), asc(listVersionApps.appId)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ total: count() }).from(listVersionApps).where(where),
  ]);
  return { apps: rows.map(({ versionId: _v, ...row }): AppRow => row), total };
}

/** The version's countries by name, without reading its apps. */
export async function listPublicCountries(db: Reader, versionId: number): Promise<CountryRow[]> {
  const rows = await db.select().from(listVersionCountries).where(eq(listVersionCountries.versionId, versionId)).orderBy(asc(listVersionCountries.name));
  return rows.map(({ versionId: _v, ...row }) => row);
}
