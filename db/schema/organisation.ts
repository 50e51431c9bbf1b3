import { boolean, check, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

// One deployment serves one organisation; the row with id 1 holds its settings.
export const organisation = pgTable(
  "organisation",
  {
    id: integer().primaryKey().default(1),
    name: text().notNull(),
    contactEmail: text().notNull(),
    contactPhone: text(),
    websiteUrl: text(),
    councilAnswerTermDays: integer().notNull().default(30),
    // The number of devices the organisation manages in its MDM, as the CISO recorded it: the base of coverage.
    managedDeviceTotal: integer(),
    managedDeviceTotalSetAt: timestamp({ withTimezone: true }),
    // A session ends after this long without a request, and in any case this long after sign-in.
    sessionIdleMinutes: integer().notNull().default(30),
    sessionAbsoluteHours: integer().notNull().default(10),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("organisation_single_row", sql`${t.id} = 1`),
    check("organisation_managed_devices", sql`${t.managedDeviceTotal} is null or ${t.managedDeviceTotal} > 0`),
    check("organisation_session_idle", sql`${t.sessionIdleMinutes} between 5 and 480`),
    check("organisation_session_absolute", sql`${t.sessionAbsoluteHours} between 1 and 24`),
  ],
);

export const departments = pgTable("department", {
  id: serial().primaryKey(),
  name: text().notNull().unique(),
  active: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
