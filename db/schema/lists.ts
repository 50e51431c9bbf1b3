import { sql } from "drizzle-orm";
import {
  boolean, char, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, uuid,
} from "drizzle-orm/pg-core";
import { appSourceEnum, measureEnum } from "./enums";
import { users } from "./users";
import type { ListChangelog } from "./list-types";

// The working copy (draft) of the lists: countries, vendors and apps as the CISO edits them.
export const countries = pgTable("country", {
  id: serial().primaryKey(),
  code: char({ length: 2 }).notNull().unique(),
  name: text().notNull(),
  basis: text().notNull(),
  listedOn: date({ mode: "string" }).notNull(),
  nextReviewOn: date({ mode: "string" }).notNull(),
  delistedOn: date({ mode: "string" }),
  delistReason: text(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const vendors = pgTable(
  "vendor",
  {
    id: serial().primaryKey(),
    name: text().notNull(),
    countryId: integer()
      .notNull()
      .references(() => countries.id),
    notes: text(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("vendor_name_unique").on(sql`lower(${t.name})`)],
);

export const apps = pgTable(
  "app",
  {
    id: serial().primaryKey(),
    name: text().notNull(),
    vendorId: integer()
      .notNull()
      .references(() => vendors.id),
    category: text().notNull(),
    measure: measureEnum().notNull(),
    source: appSourceEnum().notNull(),
    sourceNote: text(),
    iosBundleId: text(),
    iosIdSource: text(),
    iosVerifiedById: uuid().references(() => users.id),
    iosVerifiedAt: timestamp({ withTimezone: true }),
    androidPackage: text(),
    androidIdSource: text(),
    androidVerifiedById: uuid().references(() => users.id),
    androidVerifiedAt: timestamp({ withTimezone: true }),
    notes: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // Removing an app from the draft keeps the row: published versions and the audit log still point at it.
    removedAt: timestamp({ withTimezone: true }),
    removedReason: text(),
  },
  (t) => [
    uniqueIndex("app_ios_unique").on(sql`lower(${t.iosBundleId})`).where(sql`${t.removedAt} is null`),
    uniqueIndex("app_android_unique").on(sql`lower(${t.androidPackage})`).where(sql`${t.removedAt} is null`),
    uniqueIndex("app_name_vendor_unique").on(sql`lower(${t.name})`, t.vendorId).where(sql`${t.removedAt} is null`),
    index("app_vendor_idx").on(t.vendorId),
  ],
);

// Published versions: frozen copies of the draft. The database refuses UPDATE and DELETE on these tables.
export const listVersions = pgTable("list_version", {
  id: serial().primaryKey(),
  number: integer().notNull().unique(),
  publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  publishedById: uuid().references(() => users.id),
  publishedByName: text().notNull(),
  note: text().notNull(),
  changelog: jsonb().$type<ListChangelog>().notNull(),
  // SHA-256 of the version's canonical content (countries and apps); also written into the audit chain.
  contentHash: text(),
});

export const listVersionCountries = pgTable(
  "list_version_country",
  {
    versionId: integer()
      .notNull()
      .references(() => listVersions.id),
    countryId: integer().notNull(),
    code: char({ length: 2 }).notNull(),
    name: text().notNull(),
    basis: text().notNull(),
    listedOn: date({ mode: "string" }).notNull(),
    nextReviewOn: date({ mode: "string" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.countryId] })],
);

export const listVersionApps = pgTable(
  "list_version_app",
  {
    versionId: integer()
      .notNull()
      .references(() => listVersions.id),
    appId: integer().notNull(),
    name: text().notNull(),
    vendorName: text().notNull(),
    countryCode: char({ length: 2 }).notNull(),
    countryName: text().notNull(),
    category: text().notNull(),
    measure: measureEnum().notNull(),
    source: appSourceEnum().notNull(),
    iosBundleId: text(),
    iosVerified: boolean().notNull(),
    androidPackage: text(),
    androidVerified: boolean().notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.appId] })],
);
