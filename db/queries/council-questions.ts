import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { councilQuestionDelays, councilQuestionItems, councilQuestions, users } from "@/db/schema";

type Reader = Db | Tx;

export type CouncilQuestionState = "answered" | "overdue" | "due_soon" | "open";

/** A due date within this many days (today included) is "binnenkort". lib/council-questions/answer-term uses the same. */
export const DUE_SOON_DAYS = 7;

// The due date, in SQL so lists can sort and count on it: received + term in calendar days, unless a delay
// notice was recorded; then the new date of the one recorded last. lib/council-questions/answer-term states the
// same rule for one raadsvraag, and db/queries/council-questions.test.ts holds the two to each other.
const dueOnSql = sql<string>`coalesce(
  (select d.new_due_on from ${councilQuestionDelays} d where d.question_id = ${councilQuestions.id} order by d.id desc limit 1),
  ${councilQuestions.receivedOn} + ${councilQuestions.answerTermDays}
)`;
const dueOnText = sql<string>`to_char(${dueOnSql}, 'YYYY-MM-DD')`;
const stateSql = (today: string) => sql<CouncilQuestionState>`case
  when ${councilQuestions.answerPublishedAt} is not null then 'answered'
  when ${today}::date > ${dueOnSql} then 'overdue'
  when ${dueOnSql} <= ${today}::date + ${DUE_SOON_DAYS}::integer then 'due_soon'
  else 'open' end`;

export type CouncilQuestionSummary = {
  id: number;
  reference: string;
  subject: string;
  faction: string;
  submitters: string[];
  receivedOn: string;
  dueOn: string;
  state: CouncilQuestionState;
  answerPublishedAt: Date | null;
};

/**
 * Raadsvragen with their due date and state: unanswered ones by due date, the nearest first, then the answered
 * ones, the newest letter first. Without includeOpen only those whose answer letter is published: what readers,
 * the public page and the open-data API may see.
 */
export async function listCouncilQuestions(db: Reader, { includeOpen, today }: { includeOpen: boolean; today: string }): Promise<CouncilQuestionSummary[]> {
  return db
    .select({
      id: councilQuestions.id,
      reference: councilQuestions.reference,
      subject: councilQuestions.subject,
      faction: councilQuestions.faction,
      submitters: councilQuestions.submitters,
      receivedOn: councilQuestions.receivedOn,
      dueOn: dueOnText,
      state: stateSql(today),
      answerPublishedAt: councilQuestions.answerPublishedAt,
    })
    .from(councilQuestions)
    .where(includeOpen ? undefined : isNotNull(councilQuestions.answerPublishedAt))
    .orderBy(sql`${councilQuestions.answerPublishedAt} is not null`, desc(councilQuestions.answerPublishedAt), asc(dueOnSql), asc(councilQuestions.id));
}

export async function countCouncilQuestionsByState(db: Reader, today: string): Promise<Record<CouncilQuestionState, number>> {
  const counts: Record<CouncilQuestionState, number> = { open: 0, due_soon: 0, overdue: 0, answered: 0 };
  for (const q of await listCouncilQuestions(db, { includeOpen: true, today })) counts[q.state] += 1;
  return counts;
}

/** One raadsvraag with its numbered questions and delay notices; the caller decides who may see it. */
export async function getCouncilQuestion(db: Reader, id: number) {
  const [question] = await db
    .select({
      id: councilQuestions.id,
      reference: councilQuestions.reference,
      subject: councilQuestions.subject,
      submitters: councilQuestions.submitters,
      faction: councilQuestions.faction,
      questionType: councilQuestions.questionType,
      receivedOn: councilQuestions.receivedOn,
      rulesArticle: councilQuestions.rulesArticle,
      introduction: councilQuestions.introduction,
      answerTermDays: councilQuestions.answerTermDays,
      answerLetterDate: councilQuestions.answerLetterDate,
      signatories: councilQuestions.signatories,
      answerPublishedAt: councilQuestions.answerPublishedAt,
      dueOn: dueOnText,
      registeredByName: users.name,
    })
    .from(councilQuestions)
    .leftJoin(users, eq(users.id, councilQuestions.registeredById))
    .where(eq(councilQuestions.id, id));
  if (!question) return null;
  const [items, delays] = await Promise.all([
    db
      .select({ id: councilQuestionItems.id, number: councilQuestionItems.number, question: councilQuestionItems.question, answer: councilQuestionItems.answer, answeredAt: councilQuestionItems.answeredAt })
      .from(councilQuestionItems)
      .where(eq(councilQuestionItems.questionId, id))
      .orderBy(asc(councilQuestionItems.number)),
    db
      .select({ id: councilQuestionDelays.id, noticeOn: councilQuestionDelays.noticeOn, newDueOn: councilQuestionDelays.newDueOn, reason: councilQuestionDelays.reason, createdAt: councilQuestionDelays.createdAt })
      .from(councilQuestionDelays)
      .where(eq(councilQuestionDelays.questionId, id))
      .orderBy(desc(councilQuestionDelays.id)),
  ]);
  return { ...question, items, delays };
}

export type CouncilQuestionView = NonNullable<Awaited<ReturnType<typeof getCouncilQuestion>>>;

/** The numbered questions of one raadsvraag, for an action that changes them inside its transaction. */
export function listQuestionItems(tx: Reader, questionId: number) {
  return tx.select().from(councilQuestionItems).where(eq(councilQuestionItems.questionId, questionId)).orderBy(asc(councilQuestionItems.number));
}

/** A published raadsvraag by id, or null: what the public page may show. */
export async function getPublishedCouncilQuestion(db: Reader, id: number) {
  const [row] = await db.select({ id: councilQuestions.id }).from(councilQuestions).where(and(eq(councilQuestions.id, id), isNotNull(councilQuestions.answerPublishedAt)));
  return row ? getCouncilQuestion(db, id) : null;
}
