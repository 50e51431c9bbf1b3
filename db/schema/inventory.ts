import { sql } from "drizzle-orm";
import { bigint, bigserial, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { inventoryFormatEnum, inventoryImportStatusEnum, inventoryMatchKindEnum } from "./enums";
import { listVersions } from "./lists";
import { users } from "./users";

export type InventoryProblem = { line: number | null; message: string };

// One upload of an MDM app inventory. Only a completed import counts; the newest completed one is the
// current inventory. Its counts are kept as they were at the time, so the trend across imports stays true.
export const inventoryImports = pgTable(
  "inventory_import",
  {
    id: serial().primaryKey(),
    format: inventoryFormatEnum().notNull(),
    fileName: text().notNull(),
    // SHA-256 of the bytes as uploaded, hex; set when the whole file has been read.
    fileSha256: text(),
    byteSize: bigint({ mode: "number" }).notNull().default(0),
    status: inventoryImportStatusEnum().notNull().default("running"),
    // Progress while running: rows copied into the staging table so far.
    rowsRead: integer().notNull().default(0),
    rowCount: integer(),
    deviceCount: integer(),
    matchCount: integer(),
    // Why a failed import was refused, with line numbers where known.
    problems: jsonb().$type<InventoryProblem[]>(),
    // The published list version the inventory was matched against (the one in force at import).
    listVersionId: integer().references(() => listVersions.id),
    // The number of managed devices the CISO recorded, as it stood at the import: the base of every coverage figure.
    managedDeviceTotal: integer(),
    // Counts at completion, for the trend: devices with at least one violation, and matches per classification.
    violatingDeviceCount: integer(),
    violationCount: integer(),
    exemptedCount: integer(),
    unknownCount: integer(),
    startedById: uuid().references(() => users.id),
    startedByName: text().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // One import at a time: the staging table holds the rows of the running one only.
    uniqueIndex("inventory_import_one_running").on(t.status).where(sql`${t.status} = 'running'`),
    index("inventory_import_finished_idx").on(t.status, t.finishedAt),
  ],
);

// The rows of the running import, copied in with COPY exactly as the file has them (Intune's column names;
// the generic format fills the five columns it has). Emptied (TRUNCATE … RESTART IDENTITY) before and after
// each import, so seq is the row number within the file.
// Built for loading speed (migration 0011): UNLOGGED, since its rows live only as long as the import that
// reads them (a crash empties it, and the import is marked failed anyway), and without any index: the import
// reads it in ranges of disk blocks (a TID range scan), which COPY into an emptied table fills in file order.
// seq only numbers the rows for the line numbers in error messages.
export const inventoryStaging = pgTable(
  "inventory_staging",
  {
    seq: bigserial({ mode: "number" }).notNull(),
    applicationKey: text(),
    applicationName: text(),
    applicationPublisher: text(),
    applicationShortVersion: text(),
    applicationVersion: text(),
    deviceId: text(),
    deviceName: text(),
    emailAddress: text(),
    osDescription: text(),
    osVersion: text(),
    platform: text(),
    userId: text(),
    userName: text(),
  },
  () => [],
);

// Each device an import reports, with its owner as matched to a portal account by e-mail (null: unknown owner).
export const inventoryDevices = pgTable(
  "inventory_device",
  {
    importId: integer()
      .notNull()
      .references(() => inventoryImports.id),
    deviceId: text().notNull(),
    deviceName: text(),
    ownerEmail: text(),
    userId: uuid().references(() => users.id),
    platform: text(),
    osVersion: text(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.deviceId] }), index("inventory_device_user_idx").on(t.importId, t.userId)],
);

// A listed app found on a device: one row per device and app, however often the file names it.
// Whether it is a violation, covered by an exemption, or of an unknown owner is decided when read
// (exemptions change after an import); the import keeps the counts as they were.
export const inventoryMatches = pgTable(
  "inventory_match",
  {
    importId: integer()
      .notNull()
      .references(() => inventoryImports.id),
    deviceId: text().notNull(),
    // The app's id in the list (list_version_app.app_id) and its name in that version.
    appId: integer().notNull(),
    appName: text().notNull(),
    matchKind: inventoryMatchKindEnum().notNull(),
    installedKey: text(),
    installedName: text(),
    installedPublisher: text(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.deviceId, t.appId] }), index("inventory_match_app_idx").on(t.importId, t.appId)],
);

// The removal request mailed to one owner for one import: the primary key makes a second click send nothing.
export const inventoryRemovalRequests = pgTable(
  "inventory_removal_request",
  {
    importId: integer()
      .notNull()
      .references(() => inventoryImports.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    outboxMessageId: integer(),
    requestedById: uuid().references(() => users.id),
    requestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.userId] })],
);
