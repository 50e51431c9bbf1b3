import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { apps, channels, departments, listVersionApps, listVersions } from "@/db/schema";
import type { ChannelStatus } from "@/db/schema/enums";

type Reader = Db | Tx;

export type ChannelFields = {
  platform: string;
  account: string;
  url: string | null;
  departmentId: number | null;
  appId: number | null;
  status: ChannelStatus;
  closedOn: string | null;
  notes: string | null;
};

// The newest published list version is the one in force; a draft change does not flag anything yet.
const currentVersionId = sql`(select ${listVersions.id} from ${listVersions} order by ${listVersions.number} desc limit 1)`;

/** On the list now and not closed: the account must be phased out (beslispunt 2 in seed 002). */
const flagged = sql<boolean>`(${channels.status} <> 'closed' and exists (
  select 1 from ${listVersionApps} where ${listVersionApps.versionId} = ${currentVersionId} and ${listVersionApps.appId} = ${channels.appId}))`;

const columns = {
  id: channels.id,
  platform: channels.platform,
  account: channels.account,
  url: channels.url,
  departmentId: channels.departmentId,
  departmentName: departments.name,
  appId: channels.appId,
  appName: apps.name,
  status: channels.status,
  closedOn: channels.closedOn,
  notes: channels.notes,
  updatedAt: channels.updatedAt,
  flagged,
};

/** The register: flagged accounts first, then the open ones, then by platform and account. */
export async function listChannels(db: Reader) {
  return db
    .select(columns)
    .from(channels)
    .leftJoin(departments, eq(departments.id, channels.departmentId))
    .leftJoin(apps, eq(apps.id, channels.appId))
    .orderBy(desc(flagged), sql`${channels.status} = 'closed'`, asc(sql`lower(${channels.platform})`), asc(sql`lower(${channels.account})`));
}

export type ChannelRow = Awaited<ReturnType<typeof listChannels>>[number];

export async function getChannel(db: Reader, id: number): Promise<ChannelRow | null> {
  const [row] = await db
    .select(columns)
    .from(channels)
    .leftJoin(departments, eq(departments.id, channels.departmentId))
    .leftJoin(apps, eq(apps.id, channels.appId))
    .where(eq(channels.id, id));
  return row ?? null;
}

/** The number of accounts still open on a platform of the list in force, for the count and the start page. */
export async function countFlaggedChannels(db: Reader): Promise<number> {
  return db.$count(channels, flagged);
}

/** The apps of the list in force, for the app select (by name). */
export async function listCurrentListApps(db: Reader) {
  return db
    .select({ id: listVersionApps.appId, name: listVersionApps.name })
    .from(listVersionApps)
    .where(sql`${listVersionApps.versionId} = ${currentVersionId}`)
    .orderBy(asc(listVersionApps.name));
}

export async function isOnCurrentList(db: Reader, appId: number): Promise<boolean> {
  return (await db.$count(listVersionApps, and(eq(listVersionApps.appId, appId), sql`${listVersionApps.versionId} = ${currentVersionId}`))) > 0;
}

export async function isActiveDepartment(db: Reader, id: number): Promise<boolean> {
  return (await db.$count(departments, and(eq(departments.id, id), eq(departments.active, true)))) > 0;
}

/** Inserts unless the platform already has this account (any case): the unique index decides, also under parallel requests. */
export async function insertChannel(tx: Tx, fields: ChannelFields) {
  const [row] = await tx.insert(channels).values(fields).onConflictDoNothing().returning({ id: channels.id });
  return row ?? null;
}

/** Another entry with this platform and account (case-insensitive), if any. */
export async function otherChannelWithAccount(db: Reader, platform: string, account: string, exceptId: number): Promise<number | null> {
  const [row] = await db
    .select({ id: channels.id })
    .from(channels)
    .where(and(sql`lower(${channels.platform}) = lower(${platform})`, sql`lower(${channels.account}) = lower(${account})`, ne(channels.id, exceptId)));
  return row?.id ?? null;
}
