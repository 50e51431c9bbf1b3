import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, primaryKey, serial, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { memoAudienceEnum } from "./enums";
import { listVersions } from "./lists";
import { users } from "./users";
import { tsvector } from "./search-vector";

// A memo from the CISO or the griffie. A draft (publishedAt null) can change; publishing numbers it and the
// database refuses any later change (migration 0008). A correction is a new memo that points at the old one.
export const memos = pgTable(
  "memo",
  {
    id: serial().primaryKey(),
    number: integer().unique(),
    subject: text().notNull(),
    // "Van" on the memo, e.g. "De CISO en de griffier".
    sender: text().notNull(),
    memoDate: date({ mode: "string" }).notNull(),
    audiences: memoAudienceEnum().array().notNull().default(sql`'{}'::memo_audience[]`),
    body: text().notNull(),
    contactName: text().notNull(),
    contactDetails: text(),
    // The list as it stood in this published version is printed as a table inside the memo.
    listVersionId: integer().references(() => listVersions.id),
    correctsMemoId: integer(),
    createdById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp({ withTimezone: true }),
    publishedById: uuid().references(() => users.id),
    publishedByName: text(),
    search: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('dutch', coalesce(subject, '')), 'A') || setweight(to_tsvector('dutch', coalesce(body, '')), 'B')`,
    ),
  },
  (t) => [index("memo_search_idx").using("gin", t.search), index("memo_published_idx").on(t.publishedAt)],
);

// Read receipts: the first time a reader opened a published memo. Append-only; one row per reader.
export const memoReads = pgTable(
  "memo_read",
  {
    memoId: integer()
      .notNull()
      .references(() => memos.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    openedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.memoId, t.userId] }), index("memo_read_user_idx").on(t.userId)],
);
