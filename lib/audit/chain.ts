import { createHash } from "node:crypto";
import { asc, desc, gt, sql } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import type { AuditResult } from "@/db/schema/enums";
import type { Db, Tx } from "@/db/client";

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
// Any constant works; it only has to be the same for every writer, so chain appends are serialised.
const AUDIT_CHAIN_LOCK = 815_2023;

/** JSON with sorted keys, so a value hashes the same before and after a round trip through jsonb. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

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

/** Appends one event to the chain. Call it inside the transaction that makes the change. */
export async function writeAudit(tx: Tx | Db, input: AuditInput): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
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
  await tx.insert(auditEvents).values({ ...fields, hash: hashEvent(fields) });
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
