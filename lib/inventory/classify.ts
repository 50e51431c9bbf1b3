import { count, countDistinct, eq, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { inventoryDevices, inventoryMatches } from "@/db/schema";
import { classificationSql, matchDeviceJoin } from "@/db/queries/inventory-classification";

/** Disk blocks fromBlock (inclusive) to toBlock (exclusive) of the staging table. */
export type StagingRange = { importId: number; listVersionId: number; fromBlock: number; toBlock: number };

/** The staging table's size in disk blocks: the import classifies it in ranges of these. */
export async function stagingBlocks(db: Db | Tx): Promise<number> {
  const result = await db.execute(sql`select (pg_relation_size('inventory_staging') / current_setting('block_size')::int)::int as blocks`);
  const rows = (Array.isArray(result) ? result : (result as unknown as { rows: { blocks: number }[] }).rows) as { blocks: number }[];
  return Number(rows[0].blocks);
}

/**
 * Records the devices of the staging rows in a range of disk blocks and the listed apps found on them, in a
 * few set-based statements (no loop per row), so an import can classify its file in slices. The table has no
 * index, so that COPY fills it at nearly the speed of a bare table; a range of blocks is read by a TID range
 * scan. COPY into the emptied table writes the rows in file order, so earlier blocks hold earlier lines.
 *
 * Devices: the first row of each device in the range gives its name, owner e-mail, platform and OS
 * version; the owner is the active portal account with that e-mail (case-insensitive), else unknown.
 * A device already recorded by an earlier range is kept as it was.
 *
 * Matches, one per device and app:
 * - by identifier: the installed app's key equals the version's iOS bundle id or Android package name,
 *   ignoring case;
 * - by name, flagged, only for a row whose key is no listed identifier at all: the installed name equals
 *   the listed name (ignoring case and surrounding spaces) AND the publisher resembles the vendor. Both are
 *   reduced to their lowercase letters and digits; the publisher must contain the whole vendor name
 *   ("ByteDance Ltd." for Bytedance), or be at least 5 of them and lie inside it ("Tencent" for "Tencent
 *   Holdings"). A namesake app of another publisher, or a vendor the list does not know, is never matched
 *   by name.
 * An identifier match wins over a name match, within a range and across ranges (a name match found
 * earlier is upgraded).
 */
export async function classifyStagingRange(db: Db | Tx, r: StagingRange): Promise<void> {
  const inRange = (alias: string) =>
    sql`${sql.raw(alias)}.ctid >= ${`(${r.fromBlock},0)`}::tid and ${sql.raw(alias)}.ctid < ${`(${r.toBlock},0)`}::tid and coalesce(${sql.raw(alias)}.device_id, '') <> ''`;
  // The first row of each device found by hashing the narrow columns, then read back by its row address (a TID
  // scan): a sort of the whole range by device spilled to disk and took most of the time.
  await db.execute(sql`
    insert into inventory_device (import_id, device_id, device_name, owner_email, user_id, platform, os_version)
    select ${r.importId}, s.device_id, s.device_name, nullif(trim(s.email_address), ''), u.id, s.platform, s.os_version
    from inventory_staging s
    left join app_user u on lower(u.email) = lower(nullif(trim(s.email_address), '')) and u.active
    where s.ctid = any(array(select min(f.ctid) from inventory_staging f where ${inRange("f")} group by f.device_id))
    on conflict do nothing`);

  // One pass over the range: each row is hashed against the listed identifiers and, only when none matches,
  // against the listed names.
  await db.execute(sql`
    with listed as (
      select app_id, name, vendor_name, ios_bundle_id, android_package from list_version_app where version_id = ${r.listVersionId}
    ), ids as (
      select app_id, name, lower(ios_bundle_id) as key from listed where coalesce(ios_bundle_id, '') <> ''
      union
      select app_id, name, lower(android_package) from listed where coalesce(android_package, '') <> ''
    ), hits as (
      select s.device_id, coalesce(i.app_id, l.app_id) as app_id, coalesce(i.name, l.name) as name,
        (case when i.app_id is null then 'name' else 'identifier' end)::inventory_match_kind as kind,
        s.application_key, s.application_name, s.application_publisher
      from inventory_staging s
      left join ids i on i.key = lower(s.application_key)
      left join listed l on i.app_id is null and lower(trim(l.name)) = lower(trim(s.application_name))
        and ${publisherResemblesVendor(sql`s.application_publisher`, sql`l.vendor_name`)}
      where ${inRange("s")} and (i.app_id is not null or l.app_id is not null)
    )
    insert into inventory_match (import_id, device_id, app_id, app_name, match_kind, installed_key, installed_name, installed_publisher)
    select distinct on (h.device_id, h.app_id) ${r.importId}, h.device_id, h.app_id, h.name, h.kind, h.application_key, h.application_name, h.application_publisher
    from hits h
    order by h.device_id, h.app_id, h.kind
    on conflict (import_id, device_id, app_id) do update set
      match_kind = excluded.match_kind, installed_key = excluded.installed_key,
      installed_name = excluded.installed_name, installed_publisher = excluded.installed_publisher
    where inventory_match.match_kind = 'name' and excluded.match_kind = 'identifier'`);
}

const letters = (value: SQL) => sql`regexp_replace(lower(coalesce(${value}, '')), '[^[:alnum:]]', '', 'g')`;

function publisherResemblesVendor(publisher: SQL, vendor: SQL) {
  const p = letters(publisher);
  const v = letters(vendor);
  return sql`(${v} <> '' and (strpos(${p}, ${v}) > 0 or (length(${p}) >= 5 and strpos(${v}, ${p}) > 0)))`;
}

export type ImportSummary = {
  deviceCount: number; matchCount: number; violatingDeviceCount: number; violationCount: number; exemptedCount: number; unknownCount: number;
};

/** The counts an import keeps at completion, classified as inventory-classification decides today. */
export async function summariseImport(tx: Tx, importId: number): Promise<ImportSummary> {
  // Fresh statistics: without them the planner takes a just-filled table for empty and joins devices to
  // matches by scanning (20 ms at 1,000 devices, seconds at 10,000) in these counts and every overview after.
  await tx.execute(sql`analyze inventory_device, inventory_match`);
  const classified = tx
    .select({ deviceId: inventoryMatches.deviceId, c: classificationSql().as("c") })
    .from(inventoryMatches)
    .innerJoin(inventoryDevices, matchDeviceJoin)
    .where(eq(inventoryMatches.importId, importId))
    .as("classified");
  const [devices] = await tx.select({ n: count() }).from(inventoryDevices).where(eq(inventoryDevices.importId, importId));
  const [m] = await tx
    .select({
      matchCount: count(),
      violatingDeviceCount: countDistinct(sql`case when ${classified.c} = 'overtreding' then ${classified.deviceId} end`),
      violationCount: countWhere(sql`${classified.c} = 'overtreding'`),
      exemptedCount: countWhere(sql`${classified.c} = 'uitzondering'`),
      unknownCount: countWhere(sql`${classified.c} = 'onbekend'`),
    })
    .from(classified);
  return { deviceCount: devices.n, ...m };
}

const countWhere = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);
