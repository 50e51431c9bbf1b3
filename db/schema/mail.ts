import { sql } from "drizzle-orm";
import { index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

// Every e-mail is written here in the same transaction as the change that causes it; a worker sends
// it later. If SMTP is down, the message waits here; without SMTP configured it stays for the beheerder to read.
export const outboxMessages = pgTable(
  "outbox_message",
  {
    id: serial().primaryKey(),
    recipient: text().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    // What caused it, e.g. "policy.reminder" or "exemption.decision", for the overview page.
    kind: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("outbox_message_due_idx").on(t.nextAttemptAt).where(sql`${t.sentAt} is null`),
    index("outbox_message_created_idx").on(t.createdAt),
  ],
);
