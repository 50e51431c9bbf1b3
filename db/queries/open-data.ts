import { and, asc, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { auditEvents, listVersionApps, listVersionCountries, listVersions } from "@/db/schema";
import type { AppRow } from "@/db/schema/list-types";

// Reads for the public page and the open-data API: published versions only, never the draft.
type Reader = Db | Tx;

export type AppFilter = { search?: string; countryCode?: string };

const appCount = sql<number>`(select count(*) from ${listVersionApps} where ${listVersionApps.versionId} = ${listVersions.id})`.mapWith(Number);
const countryCount = sql<number>`(select count(*) from ${listVersionCountries} where ${listVersionCountries.versionId} = ${listVersions.id})`.mapWith(Number);

// The hash of the version's publication row in the audit log: the chain head that the checkpoint written
// with the publication signs. Outsiders who keep it can later hold the municipality to its log.
const auditHash = sql<string | null>`(select ${auditEvents.hash} from ${auditEvents} where ${auditEvents.objectType} = 'list_version' and ${auditEvents.objectId} = ${listVersions.number}::text and ${auditEvents.action} = 'list.publish' and ${auditEvents.result} = 'success' order by ${auditEvents.id} limit 1)`;

const summaryColumns = {
  id: listVersions.id,
  number: listVersions.number,
  publishedAt: listVersions.publishedAt,
  note: listVersions.note,
  changelog: listVersions.changelog,
  contentHash: listVersions.contentHash,
  auditHash,
  appCount,
  countryCount,
};

/** Every published version with the size of its lists, newest first. */
export async function listPublishedVersionSummaries(db: Reader) {
  return db.select(summaryColumns).from(listVersions).orderBy(desc(listVersions.number));
}

export type VersionSummary = Awaited<ReturnType<typeof listPublishedVersionSummaries>>[number];

/** One published version by number, or the latest when no number is given. */
export async function getPublishedVersionSummary(db: Reader, number?: number): Promise<VersionSummary | null> {
  const query = db.select(summaryColumns).from(listVersions);
  const [row] = number === undefined
    ? await query.orderBy(desc(listVersions.number)).limit(1)
    : await query.where(eq(listVersions.number, number));
  return row ?? null;
}

/** The apps of one version, filtered in SQL; the search matches name, vendor, category and identifiers. */
export async function listVersionAppsFiltered(db: Reader, versionId: number, filter: AppFilter = {}): Promise<AppRow[]> {
  const rows = await db
    .select()
    .from(listVersionApps)
    .where(appFilterWhere(versionId, filter))
    .orderBy(asc(listVersionApps.name), asc(listVersionApps.appId));
  return rows.map(({ versionId: _v, ...row }) => row);
}

/** The condition of listVersionAppsFiltered, for the public page's paged read of the same apps. */
export function appFilterWhere(versionId: number, filter: AppFilter): SQL {
  const conditions: SQL[] = [eq(listVersionApps.versionId, versionId)];
  if (filter.countryCode) conditions.push(eq(listVersionApps.countryCode, filter.countryCode.toUpperCase()));
  const search = filter.search?.trim();
  if (search) {
    const pattern = `%${escapeLike(search)}%`;
    conditions.push(
      or(
        ilike(listVersionApps.name, pattern),
        ilike(listVersionApps.vendorName, pattern),
        ilike(listVersionApps.category, pattern),
        ilike(listVersionApps.iosBundleId, pattern),
        ilike(listVersionApps.androidPackage, pattern),
      )!,
    );
  }
  return and(...conditions)!;
}

// A user's % or _ must match itself, not any text.
function escapeLike(value: string) {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
