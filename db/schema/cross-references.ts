import { sql } from "drizzle-orm";
import { check, integer, pgTable, serial, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { linkKindEnum } from "./enums";
import { users } from "./users";

// "See also" between a raadsvraag, a decision, a memo and a policy version. A link is shown on both pages;
// the writer stores each pair in one order (lib/links), so A→B and B→A are the same row.
export const crossReferences = pgTable(
  "cross_reference",
  {
    id: serial().primaryKey(),
    fromKind: linkKindEnum().notNull(),
    fromId: integer().notNull(),
    toKind: linkKindEnum().notNull(),
    toId: integer().notNull(),
    createdById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("cross_reference_pair").on(t.fromKind, t.fromId, t.toKind, t.toId),
    uniqueIndex("cross_reference_to_idx").on(t.toKind, t.toId, t.fromKind, t.fromId),
    check("cross_reference_not_self", sql`(${t.fromKind}, ${t.fromId}) <> (${t.toKind}, ${t.toId})`),
  ],
);
