import { date, index, integer, pgTable, serial, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { exemptionReasonEnum, exemptionStatusEnum } from "./enums";
import { apps } from "./lists";
import { users } from "./users";

// A person's request to keep an app from the list on a work device for a primary task, and its decision.
export const exemptions = pgTable(
  "exemption",
  {
    id: serial().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    appId: integer()
      .notNull()
      .references(() => apps.id),
    // The app as it was named on the list when the request was made.
    appName: text().notNull(),
    device: text().notNull(),
    reason: exemptionReasonEnum().notNull(),
    justification: text().notNull(),
    requestedUntil: date({ mode: "string" }).notNull(),
    status: exemptionStatusEnum().notNull().default("requested"),
    // A renewal is a new request that points at the exemption it would extend.
    renewalOfId: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // For a bestuurder the first approval waits for a second CISO.
    firstApproverId: uuid().references(() => users.id),
    firstApprovedAt: timestamp({ withTimezone: true }),
    decidedById: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    conditions: text(),
    endsOn: date({ mode: "string" }),
    rejectionReason: text(),
    revokedById: uuid().references(() => users.id),
    revokedAt: timestamp({ withTimezone: true }),
    revokeReason: text(),
    expiredAt: timestamp({ withTimezone: true }),
    expiryReminderSentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("exemption_user_idx").on(t.userId),
    index("exemption_status_idx").on(t.status, t.endsOn),
    index("exemption_app_idx").on(t.appId),
  ],
);
