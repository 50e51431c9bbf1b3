import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { userNotices } from "@/db/schema";

export async function addNotice(tx: Tx, userId: string, message: string, now = new Date()) {
  await tx.insert(userNotices).values({ userId, message, createdAt: now });
}

/**
 * The person's unseen notices, marked seen in the same statement, so each is shown exactly once.
 * No audit row: that a notice was read is not a security fact (the change it reports was audited
 * when it was made), and the statement only touches the viewer's own rows.
 */
export async function takeUnseenNotices(db: Db | Tx, userId: string, now = new Date()) {
  const rows = await db
    .update(userNotices)
    .set({ seenAt: now })
    .where(and(eq(userNotices.userId, userId), isNull(userNotices.seenAt)))
    .returning({ id: userNotices.id, message: userNotices.message, createdAt: userNotices.createdAt });
  return rows.sort((a, b) => a.id - b.id);
}

/** For tests and the beheerder's view: notices not yet seen. */
export async function listUnseenNotices(db: Db | Tx, userId: string) {
  return db
    .select({ id: userNotices.id, message: userNotices.message, createdAt: userNotices.createdAt })
    .from(userNotices)
    .where(and(eq(userNotices.userId, userId), isNull(userNotices.seenAt)))
    .orderBy(asc(userNotices.id));
}
