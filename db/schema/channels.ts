import { sql } from "drizzle-orm";
import { check, date, integer, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { channelStatusEnum } from "./enums";
import { apps } from "./lists";
import { departments } from "./organisation";

// An account of the organisation on a platform, such as the municipal TikTok account. An account on a
// platform whose app is on the published list is flagged until it is closed.
export const channels = pgTable(
  "communication_channel",
  {
    id: serial().primaryKey(),
    platform: text().notNull(),
    account: text().notNull(),
    url: text(),
    departmentId: integer().references(() => departments.id),
    // The platform's own app in the list register, if it has one: this decides the flag.
    appId: integer().references(() => apps.id),
    status: channelStatusEnum().notNull().default("active"),
    closedOn: date({ mode: "string" }),
    notes: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("communication_channel_account_unique").on(sql`lower(${t.platform})`, sql`lower(${t.account})`),
    check("communication_channel_closed_date", sql`(${t.status} = 'closed') = (${t.closedOn} is not null)`),
  ],
);
