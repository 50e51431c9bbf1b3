import { createHash } from "node:crypto";
import { asc, desc, gt, sql } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import type { AuditResult } from "@/db/schema/enums";
import type { Db, Tx } from "@/db/client";
import { canonicalJson } from "./canonical-json";
import { CHAIN_LOCK, checkpointIfDue, insertCheckpoint } from "./checkpoint";

export { canonicalJson };

// Codes are listed with their Dutch labels in ./labels (AuditAction, AuditObjectType); labels.test.ts
// fails when code writes a code that has no label there.
export type AuditInput = {
  actorId: string | null;
  actorLabel: string;
  action: string;
  objectType: string;
  objectId?: string | number | null;
  result: AuditResult;
  ip?: string | null;
  before?: unknown;
  after?: unknown;
};

export const GENESIS_HASH = "0".repeat(64);

type HashedFields = {
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  objectType: string;
  objectId: string | null;
  result: AuditResult;
  ip: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
};

export function hashEvent(e: HashedFields): string {
  const payload = canonicalJson({ ...e, at: e.at.toISOString() });
  return createHash("sha256").update(payload).digest("hex");
}

// Dates and other class instances become plain JSON, exactly as jsonb will hand them back.
const toJson = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/**
 * Appends one event to the chain. Call it inside the transaction that makes the change. A publication
 * is always followed by a signed checkpoint of its own row; otherwise one is signed when it is due.
 */
export async function writeAudit(tx: Tx | Db, input: AuditInput): Promise<void> {
  await appendAudit(tx, input);
}

/** writeAudit, handing back the new row's id and hash. */
export async function appendAudit(tx: Tx | Db, input: AuditInput): Promise<{ id: number; hash: string }> {
  // Any constant works; it only has to be the same for every writer, so chain appends are serialised.
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [last] = await tx.select({ hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
  const fields: HashedFields = {
    at: new Date(),
    actorId: input.actorId,
    actorLabel: input.actorLabel,
    action: input.action,
    objectType: input.objectType,
    objectId: input.objectId == null ? null : String(input.objectId),
    result: input.result,
    ip: input.ip ?? null,
    before: toJson(input.before),
    after: toJson(input.after),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const [head] = await tx.insert(auditEvents).values({ ...fields, hash: hashEvent(fields) }).returning({ id: auditEvents.id, hash: auditEvents.hash });
  if (input.action === "list.publish" && input.result === "success") {
    await insertCheckpoint(tx, head, `publication:${fields.objectId}`, fields.at);
  } else {
    await checkpointIfDue(tx, head, fields.at);
  }
  return head;
}

/** A denied attempt is recorded on its own: there is no business transaction to join. */
export async function writeStandaloneAudit(db: Db, input: AuditInput): Promise<void> {
  await db.transaction((tx) => writeAudit(tx, input));
}

export type ChainReport = { ok: true; checked: number } | { ok: false; checked: number; brokenId: number; reason: string };

/**
 * Walks the chain in id order and reports the first row whose hash or link does not match.
 * With `lastRows`, only the newest rows are checked, starting from the link the first of them
 * carries: quick enough for a page view, while `npm run audit:verify` checks everything.
 */
export async function verifyAuditChain(db: Db, { batchSize = 1000, lastRows }: { batchSize?: number; lastRows?: number } = {}): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  if (lastRows !== undefined) {
    const [start] = await db.select({ id: auditEvents.id, prevHash: auditEvents.prevHash }).from(auditEvents).orderBy(desc(auditEvents.id)).offset(lastRows - 1).limit(1);
    if (start) {
      prevHash = start.prevHash;
      lastId = start.id - 1;
    }
  }
  for (;;) {
    const rows = await db.select().from(auditEvents).where(gt(auditEvents.id, lastId)).orderBy(asc(auditEvents.id)).limit(batchSize);
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.prevHash !== prevHash) {
        return { ok: false, checked, brokenId: row.id, reason: "de verwijzing naar de vorige regel klopt niet" };
      }
      const { id: _id, hash: _hash, ...fields } = row;
      if (hashEvent(fields) !== row.hash) {
        return { ok: false, checked, brokenId: row.id, reason: "de inhoud van de regel is gewijzigd" };
      }
      prevHash = row.hash;
      lastId = row.id;
      checked++;
    }
  }
}
