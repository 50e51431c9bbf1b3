import { and, desc, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { listVersions, memoReads, memos, users } from "@/db/schema";
import type { MemoAudience, Role } from "@/db/schema/enums";

type Reader = Db | Tx;
export type MemoReader = { id: string; roles: readonly Role[] };

/**
 * The memo audiences of a person in SQL, from their roles and council seat: the SQL twin of audiencesOf in
 * lib/council/audiences.ts (a test holds the two together). A member of the college is not reached as staff.
 */
export function audiencesSql(roles: SQL, seat: SQL): SQL<MemoAudience[]> {
  return sql<MemoAudience[]>`array_remove(array[
    case when 'medewerker' = any(${roles}) and ${seat} is distinct from 'college' then 'staff' end,
    case when coalesce(${seat}::text, case when 'raadslid' = any(${roles}) then 'raadslid' end) = 'raadslid' then 'council' end,
    case when ${seat} = 'burgerraadslid' then 'citizen_council' end,
    case when ${seat} = 'college' then 'college' end
  ]::memo_audience[], null)`;
}

const roleArray = (roles: readonly Role[]) =>
  roles.length ? sql`array[${sql.join(roles.map((r) => sql`${r}`), sql`, `)}]::role[]` : sql`'{}'::role[]`;

/** The audiences of the signed-in reader: the roles of their session, the seat from their account. */
const readerAudiences = (reader: MemoReader) =>
  audiencesSql(roleArray(reader.roles), sql`(select council_seat from app_user where id = ${reader.id})`);

// Everyone an audience of the memo in the outer query reaches: active accounts only. The outer columns are named
// in full, because drizzle leaves them unqualified in a one-table select and "id" would then mean the user's.
const inAudience = sql`u.active and ${audiencesSql(sql`u.roles`, sql`u.council_seat`)} && "memo"."audiences"`;
const audienceSize = sql<number>`(select count(*)::int from app_user u where ${inAudience})`;
const readCount = sql<number>`(select count(*)::int from memo_read r join app_user u on u.id = r.user_id where r.memo_id = "memo"."id" and ${inAudience})`;

const memoColumns = {
  id: memos.id,
  number: memos.number,
  subject: memos.subject,
  sender: memos.sender,
  memoDate: memos.memoDate,
  audiences: memos.audiences,
  body: memos.body,
  contactName: memos.contactName,
  contactDetails: memos.contactDetails,
  listVersionId: memos.listVersionId,
  correctsMemoId: memos.correctsMemoId,
  createdAt: memos.createdAt,
  updatedAt: memos.updatedAt,
  publishedAt: memos.publishedAt,
  publishedByName: memos.publishedByName,
};

export type Memo = Awaited<ReturnType<typeof getMemo>> & {};

/** One memo, draft or published, with the number of the list version it shows and of the memo it corrects. */
export async function getMemo(db: Reader, id: number) {
  const [row] = await db
    .select({
      ...memoColumns,
      listVersionNumber: listVersions.number,
      correctsNumber: sql<number | null>`(select c.number from memo c where c.id = "memo"."corrects_memo_id")`,
    })
    .from(memos)
    .leftJoin(listVersions, eq(listVersions.id, memos.listVersionId))
    .where(eq(memos.id, id));
  return row ?? null;
}

/** Whether a published memo reaches this reader through one of its audiences. */
export async function isMemoAddressedTo(db: Reader, memoId: number, reader: MemoReader): Promise<boolean> {
  const [row] = await db
    .select({ id: memos.id })
    .from(memos)
    .where(and(eq(memos.id, memoId), isNotNull(memos.publishedAt), sql`${memos.audiences} && ${readerAudiences(reader)}`));
  return Boolean(row);
}

/** The reader's inbox: published memos addressed to an audience they belong to, newest first, with when they opened each. */
export async function listMemosForReader(db: Reader, reader: MemoReader) {
  return db
    .select({
      id: memos.id, number: memos.number, subject: memos.subject, sender: memos.sender, memoDate: memos.memoDate,
      publishedAt: memos.publishedAt, readAt: memoReads.openedAt,
    })
    .from(memos)
    .leftJoin(memoReads, and(eq(memoReads.memoId, memos.id), eq(memoReads.userId, reader.id)))
    .where(and(isNotNull(memos.publishedAt), sql`${memos.audiences} && ${readerAudiences(reader)}`))
    .orderBy(desc(memos.publishedAt), desc(memos.id));
}

export async function countUnreadMemos(db: Reader, reader: MemoReader): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(memos)
    .leftJoin(memoReads, and(eq(memoReads.memoId, memos.id), eq(memoReads.userId, reader.id)))
    .where(and(isNotNull(memos.publishedAt), isNull(memoReads.userId), sql`${memos.audiences} && ${readerAudiences(reader)}`));
  return row.count;
}

const overviewColumns = {
  id: memos.id, number: memos.number, subject: memos.subject, sender: memos.sender, memoDate: memos.memoDate,
  audiences: memos.audiences, updatedAt: memos.updatedAt, publishedAt: memos.publishedAt, audienceSize, readCount,
};

/** Published memos with how many of their audience opened them (read / audience size), newest first. */
export async function listMemosWithReadRate(db: Reader, { limit }: { limit?: number } = {}) {
  const query = db.select(overviewColumns).from(memos).where(isNotNull(memos.publishedAt)).orderBy(desc(memos.publishedAt), desc(memos.id));
  return limit ? query.limit(limit) : query;
}

/** Every memo for the griffie and the CISO: drafts first (last changed first), then the published ones. */
export async function listAllMemos(db: Reader) {
  return db.select(overviewColumns).from(memos).orderBy(sql`${memos.publishedAt} is not null`, desc(memos.publishedAt), desc(memos.updatedAt));
}

/** Everyone the memo is addressed to, with when they first opened it (null: not yet), by name. */
export async function memoAudienceMembers(db: Reader, memoId: number) {
  return db
    .select({ id: users.id, name: users.name, email: users.email, jobTitle: users.jobTitle, openedAt: memoReads.openedAt })
    .from(memos)
    .innerJoin(users, sql`${users.active} and ${audiencesSql(sql`${users.roles}`, sql`${users.councilSeat}`)} && ${memos.audiences}`)
    .leftJoin(memoReads, and(eq(memoReads.memoId, memos.id), eq(memoReads.userId, users.id)))
    .where(eq(memos.id, memoId))
    .orderBy(users.name, users.email);
}

/** The first opening of a memo by a reader; false when they had opened it before (the row stays as it was). */
export async function insertMemoRead(tx: Tx, memoId: number, userId: string, now = new Date()): Promise<boolean> {
  const inserted = await tx.insert(memoReads).values({ memoId, userId, openedAt: now }).onConflictDoNothing().returning({ memoId: memoReads.memoId });
  return inserted.length > 0;
}

export type MemoFields = {
  subject: string;
  sender: string;
  memoDate: string;
  audiences: MemoAudience[];
  body: string;
  contactName: string;
  contactDetails: string | null;
  listVersionId: number | null;
  correctsMemoId: number | null;
};

export async function insertMemoDraft(tx: Tx, fields: MemoFields, createdById: string) {
  const [row] = await tx.insert(memos).values({ ...fields, createdById }).returning({ id: memos.id });
  return row;
}

export async function updateMemoDraft(tx: Tx, id: number, fields: Omit<MemoFields, "correctsMemoId">, now = new Date()) {
  await tx.update(memos).set({ ...fields, updatedAt: now }).where(and(eq(memos.id, id), isNull(memos.publishedAt)));
}

export async function deleteMemoDraft(tx: Tx, id: number) {
  await tx.delete(memos).where(and(eq(memos.id, id), isNull(memos.publishedAt)));
}

/**
 * Numbers and freezes a draft. The caller holds the draft's row lock (a second publish of the same memo waits and
 * then finds it published); the transaction-wide advisory lock makes two different drafts take turns for the
 * next number, and the unique number stays the last line.
 */
export async function publishMemoDraft(tx: Tx, id: number, publisher: { id: string; name: string }, now = new Date()) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('memo.number'))`);
  const [row] = await tx
    .update(memos)
    .set({
      number: sql`(select coalesce(max(number), 0) + 1 from memo)`,
      publishedAt: now, publishedById: publisher.id, publishedByName: publisher.name, updatedAt: now,
    })
    .where(and(eq(memos.id, id), isNull(memos.publishedAt)))
    .returning({ id: memos.id, number: memos.number, subject: memos.subject, audiences: memos.audiences, body: memos.body, listVersionId: memos.listVersionId, correctsMemoId: memos.correctsMemoId });
  return row ?? null;
}
