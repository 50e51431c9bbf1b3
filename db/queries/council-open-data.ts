import { and, asc, count, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import {
  councilQuestionItems,
  councilQuestions,
  decisionAttachments,
  decisionMilestones,
  decisions,
  listVersions,
  memos,
  policyVersions,
} from "@/db/schema";
import type { DecisionStatus } from "@/db/schema/enums";

// Reads for the council part of the open-data API: only what has been made public. A raadsvraag counts once its
// answer letter is published, a collegebesluit once it is published; drafts stay invisible, even by id. Columns are
// chosen one by one so that nothing personal (owners, uploaders, registrars) or heavy (PDF content) leaves.
type Reader = Db | Tx;

export type Page = { offset: number; limit: number };

export type PublicQuestionItem = { number: number; question: string; answer: string | null };

export type PublicCouncilQuestion = {
  id: number;
  reference: string;
  subject: string;
  questionType: string;
  submitters: string[];
  faction: string;
  receivedOn: string;
  rulesArticle: string;
  introduction: string;
  answerLetterDate: string | null;
  signatories: string[];
  answerPublishedAt: Date;
  items: PublicQuestionItem[];
};

export type EvidenceKind = "memo" | "policy_version" | "list_version";
export type PublicMilestone = { title: string; dueOn: string; doneOn: string | null; evidence: { kind: EvidenceKind; number: number } | null };
export type PublicAttachment = { title: string; fileName: string; sizeBytes: number };

export type PublicDecision = {
  id: number;
  number: string;
  decidedOn: string;
  subject: string;
  decisionPoints: string;
  arguments: string;
  considerations: string;
  finances: string;
  communication: string;
  status: DecisionStatus;
  publishedAt: Date;
  milestones: PublicMilestone[];
  attachments: PublicAttachment[];
};

const questionColumns = {
  id: councilQuestions.id,
  reference: councilQuestions.reference,
  subject: councilQuestions.subject,
  questionType: councilQuestions.questionType,
  submitters: councilQuestions.submitters,
  faction: councilQuestions.faction,
  receivedOn: councilQuestions.receivedOn,
  rulesArticle: councilQuestions.rulesArticle,
  introduction: councilQuestions.introduction,
  answerLetterDate: councilQuestions.answerLetterDate,
  signatories: councilQuestions.signatories,
  answerPublishedAt: councilQuestions.answerPublishedAt,
};

const questionIsPublic = isNotNull(councilQuestions.answerPublishedAt);

/** One page of answered raadsvragen, newest received first, and how many there are in all. */
export async function listPublishedCouncilQuestions(db: Reader, page: Page): Promise<{ total: number; items: PublicCouncilQuestion[] }> {
  const [{ total }] = await db.select({ total: count() }).from(councilQuestions).where(questionIsPublic);
  if (page.offset >= total) return { total, items: [] };
  const rows = await db
    .select(questionColumns)
    .from(councilQuestions)
    .where(questionIsPublic)
    .orderBy(desc(councilQuestions.receivedOn), desc(councilQuestions.id))
    .limit(page.limit)
    .offset(page.offset);
  return { total, items: await withQuestionItems(db, rows) };
}

/** One answered raadsvraag; null when it does not exist or its answer is not published yet (callers cannot tell which). */
export async function getPublishedCouncilQuestion(db: Reader, id: number): Promise<PublicCouncilQuestion | null> {
  const rows = await db.select(questionColumns).from(councilQuestions).where(and(eq(councilQuestions.id, id), questionIsPublic));
  const [question] = await withQuestionItems(db, rows);
  return question ?? null;
}

type QuestionRow = Omit<PublicCouncilQuestion, "items" | "answerPublishedAt"> & { answerPublishedAt: Date | null };

async function withQuestionItems(db: Reader, rows: QuestionRow[]): Promise<PublicCouncilQuestion[]> {
  if (rows.length === 0) return [];
  const items = await db
    .select({ questionId: councilQuestionItems.questionId, number: councilQuestionItems.number, question: councilQuestionItems.question, answer: councilQuestionItems.answer })
    .from(councilQuestionItems)
    .where(inArray(councilQuestionItems.questionId, rows.map((r) => r.id)))
    .orderBy(asc(councilQuestionItems.number));
  return rows.map((row) => ({
    ...row,
    answerPublishedAt: row.answerPublishedAt!,
    items: items.filter((item) => item.questionId === row.id).map(({ questionId: _q, ...item }) => item),
  }));
}

// A list of its own, not decisions.ts's: the public gets only these fields (no owners, no drafting dates),
// and a field added to the register must not reach the open data without a choice.
const decisionColumns = {
  id: decisions.id,
  number: decisions.number,
  decidedOn: decisions.decidedOn,
  subject: decisions.subject,
  decisionPoints: decisions.decisionPoints,
  arguments: decisions.arguments,
  considerations: decisions.considerations,
  finances: decisions.finances,
  communication: decisions.communication,
  status: decisions.status,
  publishedAt: decisions.publishedAt,
};

const decisionIsPublic = isNotNull(decisions.publishedAt);

/** One page of published collegebesluiten, newest decision first, and how many there are in all. */
export async function listPublishedDecisions(db: Reader, page: Page): Promise<{ total: number; items: PublicDecision[] }> {
  const [{ total }] = await db.select({ total: count() }).from(decisions).where(decisionIsPublic);
  if (page.offset >= total) return { total, items: [] };
  const rows = await db
    .select(decisionColumns)
    .from(decisions)
    .where(decisionIsPublic)
    .orderBy(desc(decisions.decidedOn), desc(decisions.id))
    .limit(page.limit)
    .offset(page.offset);
  return { total, items: await withMilestonesAndAttachments(db, rows) };
}

/** One published collegebesluit; null when it does not exist or is still a draft. */
export async function getPublishedDecision(db: Reader, id: number): Promise<PublicDecision | null> {
  const rows = await db.select(decisionColumns).from(decisions).where(and(eq(decisions.id, id), decisionIsPublic));
  const [decision] = await withMilestonesAndAttachments(db, rows);
  return decision ?? null;
}

type DecisionRow = Omit<PublicDecision, "milestones" | "attachments" | "publishedAt"> & { publishedAt: Date | null };

async function withMilestonesAndAttachments(db: Reader, rows: DecisionRow[]): Promise<PublicDecision[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const milestones = await db
    .select({
      decisionId: decisionMilestones.decisionId,
      title: decisionMilestones.title,
      dueOn: decisionMilestones.dueOn,
      doneOn: decisionMilestones.doneOn,
      // Evidence is named only when it is itself published: a draft memo or policy version has no number yet.
      memoNumber: memos.number,
      policyVersionNumber: policyVersions.number,
      listVersionNumber: listVersions.number,
    })
    .from(decisionMilestones)
    .leftJoin(memos, and(eq(memos.id, decisionMilestones.evidenceMemoId), isNotNull(memos.publishedAt)))
    .leftJoin(policyVersions, and(eq(policyVersions.id, decisionMilestones.evidencePolicyVersionId), isNotNull(policyVersions.publishedAt)))
    .leftJoin(listVersions, eq(listVersions.id, decisionMilestones.evidenceListVersionId))
    .where(inArray(decisionMilestones.decisionId, ids))
    .orderBy(asc(decisionMilestones.position), asc(decisionMilestones.dueOn), asc(decisionMilestones.id));
  const attachments = await db
    .select({ decisionId: decisionAttachments.decisionId, title: decisionAttachments.title, fileName: decisionAttachments.fileName, sizeBytes: decisionAttachments.sizeBytes })
    .from(decisionAttachments)
    .where(inArray(decisionAttachments.decisionId, ids))
    .orderBy(asc(decisionAttachments.id));
  return rows.map((row) => ({
    ...row,
    publishedAt: row.publishedAt!,
    milestones: milestones.filter((m) => m.decisionId === row.id).map((m) => ({ title: m.title, dueOn: m.dueOn, doneOn: m.doneOn, evidence: evidenceOf(m) })),
    attachments: attachments.filter((a) => a.decisionId === row.id).map(({ decisionId: _d, ...a }) => a),
  }));
}

function evidenceOf(m: { memoNumber: number | null; policyVersionNumber: number | null; listVersionNumber: number | null }) {
  if (m.memoNumber !== null) return { kind: "memo" as const, number: m.memoNumber };
  if (m.policyVersionNumber !== null) return { kind: "policy_version" as const, number: m.policyVersionNumber };
  if (m.listVersionNumber !== null) return { kind: "list_version" as const, number: m.listVersionNumber };
  return null;
}
