import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { riskGroupEnum } from "./enums";
import { listVersions } from "./lists";
import { users } from "./users";
import { outboxMessages } from "./mail";

/** When reminders go out, relative to a person's own due date. Settable per policy version. */
export type ReminderLadder = {
  atPublication: boolean;
  /** Days before the due date, e.g. [7, 1]. */
  daysBefore: number[];
  onDueDate: boolean;
  weeklyWhileOverdue: boolean;
};

export const DEFAULT_REMINDER_LADDER: ReminderLadder = { atPublication: true, daysBefore: [7, 1], onDueDate: true, weeklyWhileOverdue: true };

// A policy version: the CISO edits one draft (publishedAt null); publishing numbers and freezes it.
// The database refuses UPDATE and DELETE on a published version (migration 0006).
export const policyVersions = pgTable(
  "policy_version",
  {
    id: serial().primaryKey(),
    number: integer().unique(),
    title: text().notNull(),
    body: text().notNull(),
    listVersionId: integer()
      .notNull()
      .references(() => listVersions.id),
    effectiveOn: date({ mode: "string" }).notNull(),
    acknowledgeBy: date({ mode: "string" }).notNull(),
    // Someone who joins (or enters the audience) later gets this many days from that moment.
    newJoinerDays: integer().notNull().default(14),
    audienceAllStaff: boolean().notNull().default(true),
    audienceDepartmentIds: integer().array().notNull().default(sql`'{}'::integer[]`),
    audienceRiskGroups: riskGroupEnum().array().notNull().default(sql`'{}'::risk_group[]`),
    audienceCouncilWithDevice: boolean().notNull().default(false),
    // The stricter measure for the VNG risk groups (bestuurders, topfuncties, security functions).
    stricterMeasure: text(),
    stricterRiskGroups: riskGroupEnum().array().notNull().default(sql`'{}'::risk_group[]`),
    reminderLadder: jsonb().$type<ReminderLadder>().notNull(),
    basedOnId: integer(),
    createdById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp({ withTimezone: true }),
    publishedById: uuid().references(() => users.id),
    publishedByName: text(),
  },
  // One draft at a time: starting a second one (two tabs, fifty clicks) is refused by the database.
  (t) => [uniqueIndex("policy_version_one_draft").on(sql`(true)`).where(sql`${t.publishedAt} is null`)],
);

// A person's statement that they read a version. One per person per version; append-only, so
// earlier acknowledgements stay on record when a new version asks again.
export const policyAcknowledgements = pgTable(
  "policy_acknowledgement",
  {
    id: serial().primaryKey(),
    policyVersionId: integer()
      .notNull()
      .references(() => policyVersions.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    statement: text().notNull(),
    // The date by which the person promised to have removed the apps (their own due date).
    removeBy: date({ mode: "string" }).notNull(),
    verificationCode: text().notNull().unique(),
    acknowledgedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ip: text(),
  },
  (t) => [
    uniqueIndex("policy_acknowledgement_once").on(t.policyVersionId, t.userId),
    index("policy_acknowledgement_user_idx").on(t.userId),
  ],
);

// Which step of the reminder ladder reached whom: the primary key makes "each step at most once" hold
// even when two portal instances run the ladder at the same moment.
export const policyReminders = pgTable(
  "policy_reminder",
  {
    policyVersionId: integer()
      .notNull()
      .references(() => policyVersions.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    // "publication", "before-7", "before-1", "due", "overdue-1", "overdue-2", …
    step: text().notNull(),
    outboxMessageId: integer().references(() => outboxMessages.id),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.policyVersionId, t.userId, t.step] })],
);
