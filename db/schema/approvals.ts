import { sql } from "drizzle-orm";
import { index, pgTable, serial, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { roleChangeKindEnum, roleChangeStatusEnum, roleEnum } from "./enums";
import { users } from "./users";

// Four-eyes: granting ciso or beheerder, or a new activation link for an account that holds either,
// waits here until a second beheerder approves. One open request per person at a time.
export const roleChangeRequests = pgTable(
  "role_change_request",
  {
    id: serial().primaryKey(),
    kind: roleChangeKindEnum().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    // For a role change: the complete set of roles the person will have once approved.
    roles: roleEnum().array(),
    reason: text().notNull(),
    status: roleChangeStatusEnum().notNull().default("pending"),
    requestedById: uuid()
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedById: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
  },
  (t) => [
    uniqueIndex("role_change_request_one_pending").on(t.userId).where(sql`${t.status} = 'pending'`),
    index("role_change_request_status_idx").on(t.status, t.requestedAt),
  ],
);

// Something a person must be told the next time they log in (e.g. "you were made CISO").
export const userNotices = pgTable(
  "user_notice",
  {
    id: serial().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    message: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    seenAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("user_notice_user_idx").on(t.userId, t.seenAt)],
);
