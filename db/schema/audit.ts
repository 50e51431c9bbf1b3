import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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
