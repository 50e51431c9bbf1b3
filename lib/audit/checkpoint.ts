import { createHmac, timingSafeEqual } from "node:crypto";
import { desc, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { auditCheckpoints, auditEvents } from "@/db/schema";
import { canonicalJson } from "./canonical-json";
import { checkpointKey } from "./key";

export const CHAIN_LOCK = 815_2023;
export const CHECKPOINT_EVERY_ROWS = 100;
export const CHECKPOINT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export type CheckpointFields = { eventId: number; headHash: string; reason: string; createdAt: Date };
export type Head = { id: number; hash: string };

export function checkpointMac(key: string, c: CheckpointFields): string {
  const payload = canonicalJson({ eventId: c.eventId, headHash: c.headHash, reason: c.reason, createdAt: c.createdAt.toISOString() });
  return createHmac("sha256", key).update(payload).digest("hex");
}

export function isValidMac(key: string, c: CheckpointFields & { mac: string }): boolean {
  const expected = Buffer.from(checkpointMac(key, c), "hex");
  const actual = Buffer.from(c.mac, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Signs the given head. The caller holds the chain lock, so the head is still the head. */
export async function insertCheckpoint(tx: Tx | Db, head: Head, reason: string, createdAt = new Date()) {
  const fields = { eventId: head.id, headHash: head.hash, reason, createdAt };
  const [row] = await tx.insert(auditCheckpoints).values({ ...fields, mac: checkpointMac(checkpointKey(), fields) }).returning({ id: auditCheckpoints.id });
  return { id: row.id, ...fields };
}

/**
 * There is no job runner, so "daily" is lazy: every audit write asks whether the newest checkpoint
 * is older than a day or more than 100 rows behind (one indexed read), and signs the head if so.
 */
export async function checkpointIfDue(tx: Tx | Db, head: Head, now = new Date()) {
  const [last] = await tx
    .select({ eventId: auditCheckpoints.eventId, createdAt: auditCheckpoints.createdAt })
    .from(auditCheckpoints)
    .orderBy(desc(auditCheckpoints.id))
    .limit(1);
  if (!last) return insertCheckpoint(tx, head, "first", now);
  if (now.getTime() - last.createdAt.getTime() >= CHECKPOINT_MAX_AGE_MS) return insertCheckpoint(tx, head, "daily", now);
  if (head.id - last.eventId >= CHECKPOINT_EVERY_ROWS) return insertCheckpoint(tx, head, "interval", now);
  return null;
}

/** A checkpoint of the current head on its own, e.g. at server start. Nothing to sign in an empty log. */
export async function writeCheckpoint(db: Db, reason: string) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
    const [head] = await tx.select({ id: auditEvents.id, hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    return head ? insertCheckpoint(tx, head, reason) : null;
  });
}
