import { and, asc, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { councilQuestionDelays, councilQuestionItems, councilQuestions, users } from "@/db/schema";
import { dueOn, questionState, type CouncilQuestionState } from "@/lib/council-questions/answer-term";

type Reader = Db | Tx;

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

const summaryColumns = {
  id: councilQuestions.id,
  reference: councilQuestions.reference,
  subject: councilQuestions.subject,
  faction: councilQuestions.faction,
  submitters: councilQuestions.submitters,
  receivedOn: councilQuestions.receivedOn,
  answerTermDays: councilQuestions.answerTermDays,
  answerPublishedAt: councilQuestions.answerPublishedAt,
};

async function delaysOf(db: Reader, questionIds: number[]) {
  if (questionIds.length === 0) return [];
  return db
    .select({ id: councilQuestionDelays.id, questionId: councilQuestionDelays.questionId, newDueOn: councilQuestionDelays.newDueOn })
    .from(councilQuestionDelays)
    .where(inArray(councilQuestionDelays.questionId, questionIds));
}

/**
 * Raadsvragen with their due date and state, the nearest due date first (answered ones by their letter, newest
 * first). Without includeOpen only those whose answer letter is published: what readers and the public may see.
 * The due date is worked out by lib/council-questions/answer-term, the one place the rule lives.
 */
export async function listCouncilQuestions(db: Reader, { includeOpen, today }: { includeOpen: boolean; today: string }): Promise<CouncilQuestionSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(councilQuestions)
    .where(includeOpen ? undefined : isNotNull(councilQuestions.answerPublishedAt))
    .orderBy(asc(councilQuestions.receivedOn), asc(councilQuestions.id));
  const delays = await delaysOf(db, rows.map((r) => r.id));
  const list = rows.map(({ answerTermDays, ...row }) => {
    const due = dueOn({ receivedOn: row.receivedOn, answerTermDays, delays: delays.filter((d) => d.questionId === row.id) });
    return { ...row, dueOn: due, state: questionState(due, row.answerPublishedAt, today) };
  });
  return list.sort(byDueDate);
}

function byDueDate(a: CouncilQuestionSummary, b: CouncilQuestionSummary): number {
  const answeredA = a.state === "answered";
  if (answeredA !== (b.state === "answered")) return answeredA ? 1 : -1;
  if (answeredA) return (b.answerPublishedAt?.getTime() ?? 0) - (a.answerPublishedAt?.getTime() ?? 0) || b.id - a.id;
  return a.dueOn.localeCompare(b.dueOn) || a.id - b.id;
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
  return { ...question, items, delays, dueOn: dueOn({ ...question, delays }) };
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
