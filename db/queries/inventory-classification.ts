import { sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { inventoryDevices, inventoryMatches } from "@/db/schema";

// The one place that decides what a listed app on a device means. Decided when read, not stored:
// an exemption approved or revoked after the import changes the overview at once.
export const classifications = ["overtreding", "uitzondering", "onbekend"] as const;
export type Classification = (typeof classifications)[number];

// An exemption counts through the whole of its last day, in the Amsterdam calendar (not the server's).
const today = sql`(now() at time zone 'Europe/Amsterdam')::date`;

/**
 * SQL for the classification of the inventory_match row in scope, joined to its inventory_device row
 * (both under their own table names):
 * - onbekend: the device has no owner account (no active portal account with that e-mail at import);
 * - uitzondering: an approved exemption of that owner for that very app still runs today
 *   (an expired or revoked one, or one of another person or for another app, does not cover);
 * - overtreding: otherwise.
 */
export function classificationSql(): SQL<Classification> {
  return sql<Classification>`case
    when ${inventoryDevices.userId} is null then 'onbekend'
    when exists (
      select 1 from exemption e
      where e.user_id = ${inventoryDevices.userId} and e.app_id = ${inventoryMatches.appId}
        and e.status = 'approved' and e.ends_on >= ${today}
    ) then 'uitzondering'
    else 'overtreding' end`;
}

/** The join condition of a match to its device, to go with classificationSql. */
export const matchDeviceJoin = sql`${inventoryDevices.importId} = ${inventoryMatches.importId} and ${inventoryDevices.deviceId} = ${inventoryMatches.deviceId}`;

/**
 * The device of each match, looked up by its primary key per match (LATERAL … LIMIT 1), under the table's own
 * name so classificationSql and the device columns read from it. The overview touches only the matches (a few
 * per device); a plain join let the planner hash all of the import's devices first (10,000 at a million rows:
 * about 30% of the overview's time, measured).
 */
export function deviceOfMatch(db: Db | Tx) {
  return db
    .select({
      userId: inventoryDevices.userId, deviceId: inventoryDevices.deviceId, deviceName: inventoryDevices.deviceName,
      platform: inventoryDevices.platform, ownerEmail: inventoryDevices.ownerEmail,
    })
    .from(inventoryDevices)
    .where(sql`${inventoryDevices.importId} = ${inventoryMatches.importId} and ${inventoryDevices.deviceId} = ${inventoryMatches.deviceId}`)
    .limit(1)
    .as("inventory_device");
}
