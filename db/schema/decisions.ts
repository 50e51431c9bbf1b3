import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, serial, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { decisionStatusEnum } from "./enums";
import { listVersions } from "./lists";
import { memos } from "./memos";
import { policyVersions } from "./policy";
import { users } from "./users";
import { bytea, tsvector } from "./search-vector";

// A collegebesluit and how it is carried out. Readers (raadsleden, staff, the open-data API) see it once published.
export const decisions = pgTable(
  "council_decision",
  {
    id: serial().primaryKey(),
    // The college's own number, e.g. "2023-0412".
    number: text().notNull().unique(),
    decidedOn: date({ mode: "string" }).notNull(),
    subject: text().notNull(),
    decisionPoints: text().notNull(),
    arguments: text().notNull().default(""),
    considerations: text().notNull().default(""),
    finances: text().notNull().default(""),
    communication: text().notNull().default(""),
    status: decisionStatusEnum().notNull().default("in_progress"),
    createdById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp({ withTimezone: true }),
    search: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('dutch', coalesce(number, '') || ' ' || coalesce(subject, '')), 'A') || setweight(to_tsvector('dutch', coalesce(decision_points, '') || ' ' || coalesce(arguments, '') || ' ' || coalesce(considerations, '') || ' ' || coalesce(finances, '') || ' ' || coalesce(communication, '')), 'B')`,
    ),
  },
  (t) => [index("council_decision_search_idx").using("gin", t.search), index("council_decision_date_idx").on(t.decidedOn)],
);

// A step in carrying out a decision (seed 002: start communicatie at +2 weeks, afronding at +8 weeks),
// with an owner and a link to its evidence: a memo, a policy version or a published list version.
export const decisionMilestones = pgTable(
  "decision_milestone",
  {
    id: serial().primaryKey(),
    decisionId: integer()
      .notNull()
      .references(() => decisions.id),
    position: integer().notNull().default(0),
    title: text().notNull(),
    ownerId: uuid().references(() => users.id),
    dueOn: date({ mode: "string" }).notNull(),
    doneOn: date({ mode: "string" }),
    evidenceMemoId: integer().references(() => memos.id),
    evidencePolicyVersionId: integer().references(() => policyVersions.id),
    evidenceListVersionId: integer().references(() => listVersions.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("decision_milestone_decision_idx").on(t.decisionId),
    check(
      "decision_milestone_one_evidence",
      sql`num_nonnulls(${t.evidenceMemoId}, ${t.evidencePolicyVersionId}, ${t.evidenceListVersionId}) <= 1`,
    ),
  ],
);

// A PDF attached to a decision. The content is checked (it must be a PDF) and the file name is chosen by the server.
export const decisionAttachments = pgTable(
  "decision_attachment",
  {
    id: serial().primaryKey(),
    decisionId: integer()
      .notNull()
      .references(() => decisions.id),
    // What the uploader called it, cleaned; shown as the link text only.
    title: text().notNull(),
    // The download name, chosen by the server, e.g. "besluit-2023-0412-bijlage-1.pdf".
    fileName: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    uploadedById: uuid().references(() => users.id),
    uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("decision_attachment_decision_idx").on(t.decisionId)],
);
