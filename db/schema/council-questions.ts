import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, serial, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";
import { tsvector } from "./search-vector";

// Written questions from the raad (schriftelijke vragen), registered by the griffie. The answer term is
// copied from the organisation's settings at registration, so a later change of the setting moves nothing.
// Readers (raadsleden, the public page, the open-data API) see a raadsvraag once its answer letter is published.
export const councilQuestions = pgTable(
  "council_question",
  {
    id: serial().primaryKey(),
    // The griffie's reference, e.g. "RIS 2023-114".
    reference: text().notNull().unique(),
    subject: text().notNull(),
    // Indiener(s) and fractie, as in the VNG ODS Open Raadsinformatie model.
    submitters: text().array().notNull(),
    faction: text().notNull(),
    // ODS vraagtype, e.g. "schriftelijke vragen".
    questionType: text().notNull().default("schriftelijke vragen"),
    receivedOn: date({ mode: "string" }).notNull(),
    // The article of the Reglement van Orde the questions were asked under, e.g. "artikel 41".
    rulesArticle: text().notNull(),
    introduction: text().notNull().default(""),
    answerTermDays: integer().notNull(),
    registeredById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // The answer letter: its date and signatories (e.g. "de secretaris, …" / "de burgemeester, …").
    answerLetterDate: date({ mode: "string" }),
    signatories: text().array().notNull().default(sql`'{}'::text[]`),
    answerPublishedAt: timestamp({ withTimezone: true }),
    answerPublishedById: uuid().references(() => users.id),
    search: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('dutch', coalesce(reference, '') || ' ' || coalesce(subject, '')), 'A') || setweight(to_tsvector('dutch', coalesce(faction, '') || ' ' || coalesce(introduction, '')), 'B')`,
    ),
  },
  (t) => [index("council_question_search_idx").using("gin", t.search), index("council_question_received_idx").on(t.receivedOn)],
);

// One numbered question and the answer the CISO drafts for it.
export const councilQuestionItems = pgTable(
  "council_question_item",
  {
    id: serial().primaryKey(),
    questionId: integer()
      .notNull()
      .references(() => councilQuestions.id),
    number: integer().notNull(),
    question: text().notNull(),
    answer: text(),
    answeredById: uuid().references(() => users.id),
    answeredAt: timestamp({ withTimezone: true }),
    search: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('dutch', coalesce(question, '')), 'B') || setweight(to_tsvector('dutch', coalesce(answer, '')), 'C')`,
    ),
  },
  (t) => [
    uniqueIndex("council_question_item_number").on(t.questionId, t.number),
    index("council_question_item_search_idx").using("gin", t.search),
  ],
);

// An uitstelbericht: the college tells the raad the answer will come later. The newest one sets the due date.
export const councilQuestionDelays = pgTable(
  "council_question_delay",
  {
    id: serial().primaryKey(),
    questionId: integer()
      .notNull()
      .references(() => councilQuestions.id),
    noticeOn: date({ mode: "string" }).notNull(),
    newDueOn: date({ mode: "string" }).notNull(),
    reason: text().notNull(),
    recordedById: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("council_question_delay_question_idx").on(t.questionId, t.createdAt)],
);
