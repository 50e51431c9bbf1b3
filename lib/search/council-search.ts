import { and, desc, isNotNull, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { councilQuestions, decisions, memos } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { memoVisibility, type Reader } from "@/lib/council/audiences";
import { HIT_END, HIT_START } from "./markers";

export type SearchKind = "memo" | "decision" | "council_question";

export type SearchHit = {
  kind: SearchKind;
  id: number;
  title: string;
  href: string;
  /** The date that matters for the kind: memo date, decision date, date received. */
  date: string;
  rank: number;
  /** The best matching passage; the matched words sit between HIT_START and HIT_END. */
  passage: string;
  draft: boolean;
};

const HEADLINE_OPTIONS = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

const PER_KIND = 50;

/**
 * Full-text search in the 'dutch' configuration over memos, collegebesluiten and raadsvragen, ranked by
 * ts_rank on the weighted search vectors (subject weighs most). Each reader finds only what they may open:
 * the same rules as the pages (lib/council/audiences for memos; drafts and open raadsvragen only for those
 * who work on them). websearch_to_tsquery accepts anything a person types, quotes and "or" included.
 */
export async function searchCouncil(db: Db | Tx, reader: Reader, text: string): Promise<SearchHit[]> {
  const query = sql`websearch_to_tsquery('dutch', ${text})`;
  const [memoHits, decisionHits, questionHits] = await Promise.all([
    searchMemos(db, reader, query),
    searchDecisions(db, reader, query),
    searchQuestions(db, reader, query),
  ]);
  return [...memoHits, ...decisionHits, ...questionHits].sort((a, b) => b.rank - a.rank || b.date.localeCompare(a.date));
}

const headline = (document: SQL, query: SQL) => sql<string>`ts_headline('dutch', ${document}, ${query}, ${HEADLINE_OPTIONS})`;

async function searchMemos(db: Db | Tx, reader: Reader, query: SQL): Promise<SearchHit[]> {
  const rank = sql<number>`ts_rank(${memos.search}, ${query})`;
  const rows = await db
    .select({
      id: memos.id, number: memos.number, subject: memos.subject, date: memos.memoDate, publishedAt: memos.publishedAt, rank,
      passage: headline(sql`${memos.subject} || '. ' || ${memos.body}`, query),
    })
    .from(memos)
    .where(and(sql`${memos.search} @@ ${query}`, await memoVisibility(db, reader)))
    .orderBy(desc(rank))
    .limit(PER_KIND);
  return rows.map((r) => ({
    kind: "memo", id: r.id, title: `Memo ${r.number ?? "(concept)"}: ${r.subject}`, href: `/memos/${r.id}`, date: r.date, rank: Number(r.rank), passage: r.passage, draft: !r.publishedAt,
  }));
}

async function searchDecisions(db: Db | Tx, reader: Reader, query: SQL): Promise<SearchHit[]> {
  const rank = sql<number>`ts_rank(${decisions.search}, ${query})`;
  const rows = await db
    .select({
      id: decisions.id, number: decisions.number, subject: decisions.subject, date: decisions.decidedOn, publishedAt: decisions.publishedAt, rank,
      passage: headline(
        sql`${decisions.subject} || '. ' || ${decisions.decisionPoints} || ' ' || ${decisions.arguments} || ' ' || ${decisions.considerations} || ' ' || ${decisions.finances} || ' ' || ${decisions.communication}`,
        query,
      ),
    })
    .from(decisions)
    .where(and(sql`${decisions.search} @@ ${query}`, can(reader.roles, "decisions.manage") ? undefined : isNotNull(decisions.publishedAt)))
    .orderBy(desc(rank))
    .limit(PER_KIND);
  return rows.map((r) => ({
    kind: "decision", id: r.id, title: `Collegebesluit ${r.number}: ${r.subject}`, href: `/besluiten/${r.id}`, date: r.date, rank: Number(r.rank), passage: r.passage, draft: !r.publishedAt,
  }));
}

// A raadsvraag matches on its own text (reference, subject, fractie, introduction) or on any of its numbered
// questions and answers; its rank is the best of those.
async function searchQuestions(db: Db | Tx, reader: Reader, query: SQL): Promise<SearchHit[]> {
  const items = sql`(select coalesce(max(ts_rank(i.search, ${query})), 0) from council_question_item i where i.question_id = ${councilQuestions.id} and i.search @@ ${query})`;
  const rank = sql<number>`greatest(ts_rank(${councilQuestions.search}, ${query}), ${items})`;
  const itemText = sql`coalesce((select string_agg(i.question || ' ' || coalesce(i.answer, ''), ' ' order by i.number) from council_question_item i where i.question_id = ${councilQuestions.id}), '')`;
  const rows = await db
    .select({
      id: councilQuestions.id, reference: councilQuestions.reference, subject: councilQuestions.subject, date: councilQuestions.receivedOn,
      answeredAt: councilQuestions.answerPublishedAt, rank,
      passage: headline(sql`${councilQuestions.subject} || '. ' || ${councilQuestions.introduction} || ' ' || ${itemText}`, query),
    })
    .from(councilQuestions)
    .where(
      and(
        sql`(${councilQuestions.search} @@ ${query} or exists (select 1 from council_question_item i where i.question_id = ${councilQuestions.id} and i.search @@ ${query}))`,
        can(reader.roles, "questions.view_open") ? undefined : isNotNull(councilQuestions.answerPublishedAt),
      ),
    )
    .orderBy(desc(rank))
    .limit(PER_KIND);
  return rows.map((r) => ({
    kind: "council_question", id: r.id, title: `Raadsvraag ${r.reference}: ${r.subject}`, href: `/raadsvragen/${r.id}`, date: r.date, rank: Number(r.rank), passage: r.passage, draft: !r.answeredAt,
  }));
}
