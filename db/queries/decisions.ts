import { and, asc, desc, eq, isNotNull, max, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { decisionAttachments, decisionMilestones, decisions, listVersions, memos, policyVersions, users } from "@/db/schema";
import type { DecisionStatus } from "@/db/schema/enums";

type Reader = Db | Tx;

/**
 * Progress and milestone state, computed in SQL so that a list, a filter and the open-data API can use them
 * without loading every milestone. THE rule, with its explanation, is lib/decisions/progress.ts (the db layer
 * may not import lib); db/queries/decisions.test.ts checks on random milestones that both give the same answer.
 */
export type Progress = "on_track" | "at_risk" | "overdue" | "done" | "stopped";
export type MilestoneState = "done" | "overdue" | "due_soon" | "open";
const AT_RISK_DAYS = 7;

/** Today in Amsterdam (yyyy-mm-dd); the same as lib/dates todayIso, which this layer may not import. */
const amsterdamToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());

// Written out in full: inside a subquery over "m", drizzle's own rendering of decisions.id may drop the table name.
const outerDecisionId = sql.raw(`"council_decision"."id"`);

const milestoneStateSql = (today: string, m: { dueOn: SQL | unknown; doneOn: SQL | unknown }) => sql<MilestoneState>`case
  when ${m.doneOn} is not null then 'done'
  when ${m.dueOn} < ${today}::date then 'overdue'
  when ${m.dueOn} <= ${today}::date + ${sql.raw(String(AT_RISK_DAYS))} then 'due_soon'
  else 'open' end`;

function progressSql(today: string) {
  const count = (where: SQL) => sql`(select count(*) from ${decisionMilestones} m where m.decision_id = ${outerDecisionId} and ${where})`;
  return sql<Progress>`case
    when ${decisions.status} = 'withdrawn' then 'stopped'
    when ${decisions.status} = 'completed' then 'done'
    when ${count(sql`true`)} > 0 and ${count(sql`m.done_on is null`)} = 0 then 'done'
    when ${count(sql`m.done_on is null and m.due_on < ${today}::date`)} > 0 then 'overdue'
    when ${count(sql`m.done_on is null and m.due_on <= ${today}::date + ${sql.raw(String(AT_RISK_DAYS))}`)} > 0 then 'at_risk'
    else 'on_track' end`;
}

/** The first milestone still to do of a decision in progress, as JSON, or null. */
const nextMilestoneSql = (today: string) => sql<NextMilestone | null>`case when ${decisions.status} = 'in_progress' then (
  select json_build_object('id', m.id, 'title', m.title, 'dueOn', to_char(m.due_on, 'YYYY-MM-DD'), 'state', ${milestoneStateSql(today, { dueOn: sql`m.due_on`, doneOn: sql`m.done_on` })})
  from ${decisionMilestones} m where m.decision_id = ${outerDecisionId} and m.done_on is null order by m.due_on, m.id limit 1) end`;

/** The columns a reader sees: everything but the search vector. */
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
  createdById: decisions.createdById,
  createdAt: decisions.createdAt,
  updatedAt: decisions.updatedAt,
  publishedAt: decisions.publishedAt,
};

export type DecisionFields = {
  number: string;
  decidedOn: string;
  subject: string;
  decisionPoints: string;
  arguments: string;
  considerations: string;
  finances: string;
  communication: string;
  status: DecisionStatus;
};

export type NextMilestone = { id: number; title: string; dueOn: string; state: MilestoneState };

export type DecisionRow = {
  id: number;
  number: string;
  decidedOn: string;
  subject: string;
  status: DecisionStatus;
  publishedAt: Date | null;
  progress: Progress;
  nextMilestone: NextMilestone | null;
};

/**
 * The register: newest decision first, each with its progress and the next open milestone. Drafts (not yet
 * published) only with includeDrafts, which is for decisions.manage alone.
 */
export async function listDecisions(db: Reader, options: { includeDrafts: boolean; progress?: Progress }, today = amsterdamToday()): Promise<DecisionRow[]> {
  const progress = progressSql(today);
  const conditions = [options.includeDrafts ? undefined : isNotNull(decisions.publishedAt), options.progress ? sql`${progress} = ${options.progress}` : undefined];
  return db
    .select({
      id: decisions.id, number: decisions.number, decidedOn: decisions.decidedOn, subject: decisions.subject, status: decisions.status, publishedAt: decisions.publishedAt,
      progress, nextMilestone: nextMilestoneSql(today),
    })
    .from(decisions)
    .where(and(...conditions))
    .orderBy(desc(decisions.decidedOn), desc(decisions.id));
}

/** Published decisions that need attention: at risk or overdue (for the griffie's start page), most urgent first. */
export async function decisionsAtRisk(db: Reader, today = amsterdamToday()): Promise<DecisionRow[]> {
  const rows = await listDecisions(db, { includeDrafts: false }, today);
  return rows
    .filter((r) => r.progress === "at_risk" || r.progress === "overdue")
    .sort((a, b) => (a.nextMilestone?.dueOn ?? "").localeCompare(b.nextMilestone?.dueOn ?? ""));
}

export type EvidenceKind = "memo" | "policy" | "list";
/** number: the list version's own number (its page is /lijsten/versies/<number>); null for the others. */
export type Evidence = { kind: EvidenceKind; id: number; label: string; number: number | null };

const owner = sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${decisionMilestones.ownerId})`;
const memoLabel = sql<string | null>`(select 'Memo ' || coalesce(${memos.number}::text, '') || ': ' || ${memos.subject} from ${memos} where ${memos.id} = ${decisionMilestones.evidenceMemoId})`;
const policyLabel = sql<string | null>`(select 'Beleidsversie ' || ${policyVersions.number}::text || ': ' || ${policyVersions.title} from ${policyVersions} where ${policyVersions.id} = ${decisionMilestones.evidencePolicyVersionId})`;
const listNumber = sql<number | null>`(select ${listVersions.number} from ${listVersions} where ${listVersions.id} = ${decisionMilestones.evidenceListVersionId})`;

/** A decision with its milestones (owner, evidence, state) and its attachments (without their content). */
export async function getDecision(db: Reader, id: number, today = amsterdamToday()) {
  const [decision] = await db
    .select({ ...decisionColumns, progress: progressSql(today), createdByName: sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${decisions.createdById})` })
    .from(decisions)
    .where(eq(decisions.id, id));
  if (!decision) return null;
  const milestoneRows = await db
    .select({
      id: decisionMilestones.id,
      title: decisionMilestones.title,
      position: decisionMilestones.position,
      ownerId: decisionMilestones.ownerId,
      ownerName: owner,
      dueOn: decisionMilestones.dueOn,
      doneOn: decisionMilestones.doneOn,
      evidenceMemoId: decisionMilestones.evidenceMemoId,
      evidencePolicyVersionId: decisionMilestones.evidencePolicyVersionId,
      evidenceListVersionId: decisionMilestones.evidenceListVersionId,
      memoLabel,
      policyLabel,
      listNumber,
      state: milestoneStateSql(today, decisionMilestones),
    })
    .from(decisionMilestones)
    .where(eq(decisionMilestones.decisionId, id))
    .orderBy(asc(decisionMilestones.dueOn), asc(decisionMilestones.position), asc(decisionMilestones.id));
  const milestones = milestoneRows.map(({ memoLabel: m, policyLabel: p, listNumber: l, ...row }) => ({
    ...row,
    evidence: evidenceOf(row, { memo: m, policy: p, list: l }),
  }));
  const attachments = await db
    .select({
      id: decisionAttachments.id,
      title: decisionAttachments.title,
      fileName: decisionAttachments.fileName,
      sizeBytes: decisionAttachments.sizeBytes,
      sha256: decisionAttachments.sha256,
      uploadedAt: decisionAttachments.uploadedAt,
      uploadedByName: sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${decisionAttachments.uploadedById})`,
    })
    .from(decisionAttachments)
    .where(eq(decisionAttachments.decisionId, id))
    .orderBy(asc(decisionAttachments.id));
  return { ...decision, milestones, attachments };
}

export type DecisionView = NonNullable<Awaited<ReturnType<typeof getDecision>>>;
export type MilestoneView = DecisionView["milestones"][number];

function evidenceOf(
  row: { evidenceMemoId: number | null; evidencePolicyVersionId: number | null; evidenceListVersionId: number | null },
  labels: { memo: string | null; policy: string | null; list: number | null },
): Evidence | null {
  if (row.evidenceMemoId) return { kind: "memo", id: row.evidenceMemoId, label: labels.memo ?? `Memo ${row.evidenceMemoId}`, number: null };
  if (row.evidencePolicyVersionId) return { kind: "policy", id: row.evidencePolicyVersionId, label: labels.policy ?? "Beleidsversie", number: null };
  if (row.evidenceListVersionId) return { kind: "list", id: row.evidenceListVersionId, label: `Lijstversie ${labels.list ?? ""}`.trim(), number: labels.list };
  return null;
}

/** One attachment with its bytes, for the download route; with the decision's publication, to decide who may see it. */
export async function getAttachmentForDownload(db: Reader, decisionId: number, attachmentId: number) {
  const [row] = await db
    .select({
      id: decisionAttachments.id,
      decisionId: decisionAttachments.decisionId,
      fileName: decisionAttachments.fileName,
      sha256: decisionAttachments.sha256,
      content: decisionAttachments.content,
      decisionNumber: decisions.number,
      publishedAt: decisions.publishedAt,
    })
    .from(decisionAttachments)
    .innerJoin(decisions, eq(decisions.id, decisionAttachments.decisionId))
    .where(and(eq(decisionAttachments.id, attachmentId), eq(decisionAttachments.decisionId, decisionId)));
  return row ?? null;
}

/** What a milestone may point at as evidence: only published memos, published policy versions and list versions. */
export async function evidenceOptions(db: Reader) {
  const [memoRows, policyRows, listRows] = await Promise.all([
    db.select({ id: memos.id, number: memos.number, subject: memos.subject }).from(memos).where(isNotNull(memos.publishedAt)).orderBy(desc(memos.publishedAt)),
    db.select({ id: policyVersions.id, number: policyVersions.number, title: policyVersions.title }).from(policyVersions).where(isNotNull(policyVersions.publishedAt)).orderBy(desc(policyVersions.number)),
    db.select({ id: listVersions.id, number: listVersions.number }).from(listVersions).orderBy(desc(listVersions.number)),
  ]);
  return {
    memo: memoRows.map((m) => ({ id: m.id, label: `Memo ${m.number ?? ""}: ${m.subject}` })),
    policy: policyRows.map((p) => ({ id: p.id, label: `Beleidsversie ${p.number}: ${p.title}` })),
    list: listRows.map((l) => ({ id: l.id, label: `Lijstversie ${l.number}` })),
  };
}

/** Whether the evidence exists and is published (a draft memo or policy version is no evidence). */
export async function isPublishedEvidence(db: Reader, evidence: { kind: EvidenceKind; id: number }): Promise<boolean> {
  const found =
    evidence.kind === "memo"
      ? await db.$count(memos, and(eq(memos.id, evidence.id), isNotNull(memos.publishedAt)))
      : evidence.kind === "policy"
        ? await db.$count(policyVersions, and(eq(policyVersions.id, evidence.id), isNotNull(policyVersions.publishedAt)))
        : await db.$count(listVersions, eq(listVersions.id, evidence.id));
  return found > 0;
}

/** The people a milestone can be given to: active accounts, by name. */
export async function activeUserOptions(db: Reader) {
  return db.select({ id: users.id, name: users.name }).from(users).where(eq(users.active, true)).orderBy(asc(users.name));
}

export async function isActiveUser(db: Reader, id: string): Promise<boolean> {
  return (await db.$count(users, and(eq(users.id, id), eq(users.active, true)))) > 0;
}

/**
 * Registers a decision, or returns null when its number is taken. ON CONFLICT lets parallel registrations
 * with the same number wait for each other in the database: exactly one inserts, the others get null.
 */
export async function insertDecision(tx: Tx, fields: DecisionFields, createdById: string) {
  const [row] = await tx.insert(decisions).values({ ...fields, createdById }).onConflictDoNothing({ target: decisions.number }).returning({ id: decisions.id, number: decisions.number });
  return row ?? null;
}

export async function decisionIdByNumber(db: Reader, number: string): Promise<number | null> {
  const [row] = await db.select({ id: decisions.id }).from(decisions).where(eq(decisions.number, number));
  return row?.id ?? null;
}

/** The highest position among a decision's milestones, so a new one goes last. */
export async function lastMilestonePosition(db: Reader, decisionId: number): Promise<number> {
  const [row] = await db.select({ position: max(decisionMilestones.position) }).from(decisionMilestones).where(eq(decisionMilestones.decisionId, decisionId));
  return row?.position ?? -1;
}

export async function attachmentNames(db: Reader, decisionId: number): Promise<string[]> {
  const rows = await db.select({ fileName: decisionAttachments.fileName }).from(decisionAttachments).where(eq(decisionAttachments.decisionId, decisionId));
  return rows.map((r) => r.fileName);
}
