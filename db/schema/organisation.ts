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
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("organisation_single_row", sql`${t.id} = 1`)],
);

export const departments = pgTable("department", {
  id: serial().primaryKey(),
  name: text().notNull().unique(),
  active: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
