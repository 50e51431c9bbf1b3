import { bigint, bigserial, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { auditResultEnum } from "./enums";

// Append-only: a trigger (see the custom migration) refuses UPDATE, DELETE and TRUNCATE.
// Each row carries the hash of its predecessor, so an edit behind the application's back breaks the chain.
export const auditEvents = pgTable(
  "audit_event",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid(),
    actorLabel: text().notNull(),
    action: text().notNull(),
    objectType: text().notNull(),
    objectId: text(),
    result: auditResultEnum().notNull(),
    ip: text(),
    before: jsonb(),
    after: jsonb(),
    prevHash: text().notNull(),
    hash: text().notNull().unique(),
  },
  (t) => [index("audit_event_at_idx").on(t.at), index("audit_event_object_idx").on(t.objectType, t.objectId)],
);

// A signed snapshot of the chain head. The key (AUDIT_CHECKPOINT_KEY) is not in the database, so
// someone who rewrites the chain and recomputes every hash still cannot forge a matching checkpoint,
// and a cut-off tail shows as a checkpoint that points past the last row.
export const auditCheckpoints = pgTable(
  "audit_checkpoint",
  {
    id: serial().primaryKey(),
    eventId: bigint({ mode: "number" }).notNull(),
    headHash: text().notNull(),
    reason: text().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    mac: text().notNull(),
  },
  (t) => [index("audit_checkpoint_event_idx").on(t.eventId)],
);

// Repeated refusals of one action from one address in one minute fold into the first one's audit row:
// this counts the rest. The action is part of the key, so the count never stands for something else.
export const auditRefusalTallies = pgTable(
  "audit_refusal_tally",
  {
    ip: text().notNull(),
    action: text().notNull(),
    minute: timestamp({ withTimezone: true }).notNull(),
    eventId: bigint({ mode: "number" }).notNull(),
    repeats: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.ip, t.action, t.minute] })],
);
