"use server";

import { and, eq, gt } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { councilQuestionDelays, councilQuestionItems, councilQuestions, organisation } from "@/db/schema";
import { listQuestionItems } from "@/db/queries/council-questions";
import { action, ActionError } from "@/lib/action";
import { dueOn, originalDueOn } from "@/lib/council-questions/answer-term";
import { listNumbers } from "@/lib/council-questions/parse-questions";
import { formatDate, todayIso } from "@/lib/dates";
import type { LockRow } from "@/lib/record-lock";
import { answersSchema, delaySchema, publishSchema, registerSchema, updateSchema, type QuestionFields } from "./schemas";

type CouncilQuestionRow = typeof councilQuestions.$inferSelect;

const revalidateFor = (id: number) => ["/raadsvragen", `/raadsvragen/${id}`, "/raadsvragen-openbaar", `/raadsvragen-openbaar/${id}`, "/"];

/** The raadsvraag, locked until the transaction ends: parallel edits, answers and publishes wait for each other. */
const lockedQuestion = {
  load: (input: { id: number }, lock: LockRow) => lock(councilQuestions, input.id),
  missing: "Deze raadsvraag bestaat niet (meer).",
  // The database refuses it too (trigger); this says why in plain words before it comes to that.
  check: (q: CouncilQuestionRow) =>
    q.answerPublishedAt ? `De antwoordbrief op raadsvraag ${q.reference} is al gepubliceerd. Daarna verandert er niets meer aan de vragen en antwoorden.` : null,
};

const duplicateReference = (reference: string) =>
  new ActionError(`Er is al een raadsvraag met het kenmerk ${reference}. Kies een ander kenmerk of zoek de bestaande raadsvraag op.`, {
    reference: [`Het kenmerk ${reference} is al in gebruik.`],
  });

const fieldsOf = (input: QuestionFields) => ({
  reference: input.reference,
  subject: input.subject,
  submitters: input.submitters,
  faction: input.faction,
  questionType: input.questionType,
  receivedOn: input.receivedOn,
  rulesArticle: input.rulesArticle,
  introduction: input.introduction,
});

export const registerQuestionAction = action(
  { name: "question.register", schema: registerSchema, permission: "questions.register" },
  async (input, { viewer, tx, audit }) => {
    // The term as the organisation sets it today; a later change of the setting moves nothing already registered.
    const [settings] = await tx.select({ days: organisation.councilAnswerTermDays }).from(organisation).where(eq(organisation.id, 1));
    const answerTermDays = settings?.days ?? 30;
    // ON CONFLICT: of parallel registrations with one reference, one row is stored and the others get the message.
    const [question] = await tx
      .insert(councilQuestions)
      .values({ ...fieldsOf(input), answerTermDays, registeredById: viewer.id })
      .onConflictDoNothing({ target: councilQuestions.reference })
      .returning();
    if (!question) throw duplicateReference(input.reference);
    await tx.insert(councilQuestionItems).values(input.questions.map((text, i) => ({ questionId: question.id, number: i + 1, question: text })));
    await audit({ action: "question.register", objectType: "council_question", objectId: question.id, after: { ...fieldsOf(input), answerTermDays, questions: input.questions.length } });
    const due = originalDueOn(question.receivedOn, answerTermDays);
    const term = due < todayIso() ? `De termijn voor het antwoord is al voorbij (${formatDate(due)}).` : `Het antwoord moet er uiterlijk ${formatDate(due)} zijn.`;
    return { message: `Raadsvraag ${question.reference} is geregistreerd. ${term}`, redirectTo: `/raadsvragen/${question.id}`, revalidate: revalidateFor(question.id) };
  },
);

export const updateQuestionAction = action(
  { name: "question.update", schema: updateSchema, permission: "questions.register", record: lockedQuestion },
  async (input, { tx, audit, record: before }) => {
    if (input.reference !== before.reference) {
      const [taken] = await tx.select({ id: councilQuestions.id }).from(councilQuestions).where(eq(councilQuestions.reference, input.reference));
      if (taken) throw duplicateReference(input.reference);
    }
    await tx.update(councilQuestions).set({ ...fieldsOf(input), updatedAt: new Date() }).where(eq(councilQuestions.id, before.id));
    const removed = await replaceQuestionTexts(tx, before.id, input.questions);
    const changed = Object.entries(fieldsOf(input)).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key as keyof CouncilQuestionRow])).map(([key]) => key);
    await audit({ action: "question.update", objectType: "council_question", objectId: before.id, after: { changed, questions: input.questions.length, removedQuestionNumbers: removed } });
    return { message: `Raadsvraag ${input.reference} is bijgewerkt.`, redirectTo: `/raadsvragen/${before.id}`, revalidate: revalidateFor(before.id) };
  },
);

/** New texts by number; a drafted answer stays with its number. Numbers beyond the new count are removed. */
async function replaceQuestionTexts(tx: Tx, questionId: number, texts: string[]): Promise<number[]> {
  const existing = await listQuestionItems(tx, questionId);
  for (const [i, text] of texts.entries()) {
    const item = existing.find((e) => e.number === i + 1);
    if (!item) await tx.insert(councilQuestionItems).values({ questionId, number: i + 1, question: text });
    else if (item.question !== text) await tx.update(councilQuestionItems).set({ question: text }).where(eq(councilQuestionItems.id, item.id));
  }
  const removed = await tx
    .delete(councilQuestionItems)
    .where(and(eq(councilQuestionItems.questionId, questionId), gt(councilQuestionItems.number, texts.length)))
    .returning({ number: councilQuestionItems.number });
  return removed.map((r) => r.number);
}

export const recordDelayAction = action(
  { name: "question.delay", schema: delaySchema, permission: "questions.register", record: lockedQuestion },
  async (input, { viewer, tx, audit, record: q }) => {
    const delays = await tx.select({ id: councilQuestionDelays.id, newDueOn: councilQuestionDelays.newDueOn }).from(councilQuestionDelays).where(eq(councilQuestionDelays.questionId, q.id));
    const current = dueOn({ receivedOn: q.receivedOn, answerTermDays: q.answerTermDays, delays });
    if (input.newDueOn <= current) {
      throw new ActionError("De nieuwe datum moet na de huidige termijn liggen.", { newDueOn: [`Kies een datum na ${formatDate(current)}, de huidige uiterste datum.`] });
    }
    if (input.noticeOn < q.receivedOn) {
      throw new ActionError("Het uitstelbericht kan niet van vóór de vragen zijn.", { noticeOn: [`Kies een datum op of na ${formatDate(q.receivedOn)}, de datum van ontvangst.`] });
    }
    const [delay] = await tx.insert(councilQuestionDelays).values({ questionId: q.id, noticeOn: input.noticeOn, newDueOn: input.newDueOn, reason: input.reason, recordedById: viewer.id }).returning();
    await audit({ action: "question.delay", objectType: "council_question", objectId: q.id, before: { dueOn: current }, after: { delayId: delay.id, noticeOn: input.noticeOn, dueOn: input.newDueOn, reason: input.reason } });
    return { message: `Het uitstelbericht is vastgelegd. De nieuwe uiterste datum is ${formatDate(input.newDueOn)}.`, redirectTo: `/raadsvragen/${q.id}`, revalidate: revalidateFor(q.id) };
  },
);

export const saveAnswersAction = action(
  { name: "question.answer", schema: answersSchema, permission: "questions.answer", record: lockedQuestion },
  async ({ answers }, { viewer, tx, audit, record: q }) => {
    const items = await listQuestionItems(tx, q.id);
    const now = new Date();
    const changed: number[] = [];
    for (const item of items) {
      if (!answers.has(item.number)) continue;
      const answer = answers.get(item.number) ?? null;
      if (answer === item.answer) continue;
      await tx.update(councilQuestionItems).set({ answer, answeredById: answer ? viewer.id : null, answeredAt: answer ? now : null }).where(eq(councilQuestionItems.id, item.id));
      changed.push(item.number);
    }
    const open = items.filter((item) => !(answers.has(item.number) ? answers.get(item.number) : item.answer)).map((item) => item.number);
    if (changed.length) await audit({ action: "question.answer", objectType: "council_question", objectId: q.id, after: { changedAnswers: changed, unanswered: open } });
    const rest = open.length ? ` Nog zonder antwoord: vraag ${listNumbers(open)}.` : " Alle vragen hebben een antwoord; de griffie kan de antwoordbrief publiceren.";
    return { message: `${changed.length ? "De antwoorden zijn opgeslagen." : "Er was niets veranderd."}${rest}`, redirectTo: `/raadsvragen/${q.id}/antwoorden`, revalidate: revalidateFor(q.id) };
  },
);

export const publishAnswerAction = action(
  { name: "question.publish", schema: publishSchema, permission: "questions.register", record: lockedQuestion },
  async (input, { viewer, tx, audit, record: q }) => {
    const items = await listQuestionItems(tx, q.id);
    const missing = items.filter((item) => !item.answer).map((item) => item.number);
    if (missing.length) {
      const which = missing.length === 1 ? `vraag ${missing[0]} heeft` : `de vragen ${listNumbers(missing)} hebben`;
      throw new ActionError(`U kunt de antwoordbrief nog niet publiceren: ${which} nog geen antwoord. Vraag de CISO om het antwoord eerst op te stellen.`);
    }
    if (input.answerLetterDate < q.receivedOn) {
      throw new ActionError("De antwoordbrief kan niet van vóór de vragen zijn.", { answerLetterDate: [`Kies een datum op of na ${formatDate(q.receivedOn)}, de datum van ontvangst.`] });
    }
    const now = new Date();
    await tx
      .update(councilQuestions)
      .set({ answerLetterDate: input.answerLetterDate, signatories: input.signatories, answerPublishedAt: now, answerPublishedById: viewer.id, updatedAt: now })
      .where(eq(councilQuestions.id, q.id));
    await audit({ action: "question.publish", objectType: "council_question", objectId: q.id, after: { reference: q.reference, answerLetterDate: input.answerLetterDate, signatories: input.signatories, questions: items.length } });
    return { message: `De antwoordbrief op raadsvraag ${q.reference} is gepubliceerd. Iedereen kan hem nu lezen, ook op de openbare website.`, redirectTo: `/raadsvragen/${q.id}`, revalidate: revalidateFor(q.id) };
  },
);
