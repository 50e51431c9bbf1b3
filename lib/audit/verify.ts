import { and, asc, desc, eq, gte, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditCheckpoints, auditEvents, listVersions } from "@/db/schema";
import { getVersionSnapshot, versionContentHash } from "@/db/queries/list-versions";
import { GENESIS_HASH, hashEvent } from "./chain";
import { isValidMac } from "./checkpoint";

export type TrustedCheckpoint = { id: number; eventId: number; headHash: string; reason: string; createdAt: Date };
export type AuditProblemKind =
  | "forged-checkpoint" | "missing-row" | "recomputed" | "broken-link" | "edited-row"
  | "no-checkpoint" | "version-content" | "version-audit" | "missing-publication-checkpoint";
export type AuditProblem = { kind: AuditProblemKind; message: string; eventId?: number; checkpointId?: number; version?: number };

export type AuditLogReport = {
  ok: boolean;
  /** The newest checkpoint with a valid MAC whose row is still there with the same hash. */
  trusted: TrustedCheckpoint | null;
  checkpoints: number;
  /** Rows whose hash and link were recomputed, from `firstCheckedId` to the newest row. */
  checkedRows: number;
  firstCheckedId: number | null;
  totalRows: number;
  versionsChecked: number;
  problems: AuditProblem[];
};

type Options = {
  key: string;
  /** The whole chain from the first row (the CLI); otherwise from the trusted checkpoint or the newest `recentRows`, whichever is older. */
  full?: boolean;
  recentRows?: number;
  /** How many of the newest list versions to recompute; all when full. */
  recentVersions?: number;
  /** How many of the newest checkpoints to check; all when full. */
  recentCheckpoints?: number;
  batchSize?: number;
};

/**
 * Checks the audit log against the signed checkpoints: a forged checkpoint (MAC), a checkpoint whose
 * row is gone (a cut tail) or has another hash (a recomputed chain), rows after it that break the
 * chain, and the published versions against their content hash and their audit row.
 */
export async function verifyAuditLog(db: Db, { key, full = false, recentRows = 10_000, recentVersions = 10, recentCheckpoints = 500, batchSize = 1000 }: Options): Promise<AuditLogReport> {
  const problems: AuditProblem[] = [];
  const checkpoints = full
    ? await db.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.id))
    : (await db.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.id)).limit(recentCheckpoints)).reverse();
  const signed = checkpoints.filter((c) => {
    if (isValidMac(key, c)) return true;
    problems.push({ kind: "forged-checkpoint", checkpointId: c.id, message: `controlepunt ${c.id} is niet met de sleutel van dit portaal ondertekend (vervalst of gewijzigd)` });
    return false;
  });

  const anchors = new Map<number, string>();
  for (let i = 0; i < signed.length; i += 1000) {
    const ids = [...new Set(signed.slice(i, i + 1000).map((c) => c.eventId))];
    const rows = await db.select({ id: auditEvents.id, hash: auditEvents.hash }).from(auditEvents).where(inArray(auditEvents.id, ids));
    for (const row of rows) anchors.set(row.id, row.hash);
  }
  let trusted: TrustedCheckpoint | null = null;
  for (const c of signed) {
    const hash = anchors.get(c.eventId);
    if (hash === undefined) {
      problems.push({ kind: "missing-row", checkpointId: c.id, eventId: c.eventId, message: `regel ${c.eventId} van controlepunt ${c.id} ontbreekt: regels zijn verwijderd of het eind van het log is afgeknipt` });
    } else if (hash !== c.headHash) {
      problems.push({ kind: "recomputed", checkpointId: c.id, eventId: c.eventId, message: `regel ${c.eventId} heeft een andere hash dan controlepunt ${c.id} vastlegde: de keten is herschreven en opnieuw berekend` });
    } else {
      trusted = { id: c.id, eventId: c.eventId, headHash: c.headHash, reason: c.reason, createdAt: c.createdAt };
    }
  }

  const totalRows = await db.$count(auditEvents);
  if (totalRows > 0 && checkpoints.length === 0) {
    problems.push({ kind: "no-checkpoint", message: "er is geen enkel controlepunt, terwijl het portaal bij elke start en elke dag een controlepunt schrijft: ze zijn mogelijk verwijderd" });
  }

  const walk = await walkChain(db, await startOfWalk(db, { full, recentRows, trusted }), batchSize);
  if (walk.problem) problems.push(walk.problem);

  const versions = await checkVersions(db, key, full ? undefined : recentVersions);
  problems.push(...versions.problems);

  return {
    ok: problems.length === 0,
    trusted,
    checkpoints: full ? checkpoints.length : await db.$count(auditCheckpoints),
    checkedRows: walk.checked,
    firstCheckedId: walk.firstId,
    totalRows,
    versionsChecked: versions.checked,
    problems,
  };
}

async function startOfWalk(db: Db, { full, recentRows, trusted }: { full: boolean; recentRows: number; trusted: TrustedCheckpoint | null }) {
  if (full) return { fromId: 0, prevHash: GENESIS_HASH as string | null };
  const [recent] = await db.select({ id: auditEvents.id }).from(auditEvents).orderBy(desc(auditEvents.id)).offset(recentRows - 1).limit(1);
  const fromId = Math.min(trusted?.eventId ?? Infinity, recent?.id ?? 0);
  // The first row's own link is taken as given: it is either a signed anchor or the start of the window.
  return { fromId: Number.isFinite(fromId) ? fromId : 0, prevHash: null };
}

async function walkChain(db: Db, { fromId, prevHash: startHash }: { fromId: number; prevHash: string | null }, batchSize: number) {
  let prevHash = startHash;
  let lastId = fromId - 1;
  let checked = 0;
  let firstId: number | null = null;
  for (;;) {
    const rows = await db.select().from(auditEvents).where(gte(auditEvents.id, lastId + 1)).orderBy(asc(auditEvents.id)).limit(batchSize);
    if (rows.length === 0) return { checked, firstId, problem: null };
    for (const row of rows) {
      firstId ??= row.id;
      if (prevHash !== null && row.prevHash !== prevHash) {
        return { checked, firstId, problem: { kind: "broken-link" as const, eventId: row.id, message: `regel ${row.id} verwijst niet naar de regel ervoor: regels zijn verwijderd of tussengevoegd` } };
      }
      const { id: _id, hash: _hash, ...fields } = row;
      if (hashEvent(fields) !== row.hash) {
        return { checked, firstId, problem: { kind: "edited-row" as const, eventId: row.id, message: `de inhoud van regel ${row.id} is gewijzigd` } };
      }
      prevHash = row.hash;
      lastId = row.id;
      checked++;
    }
  }
}

async function checkVersions(db: Db, key: string, limit: number | undefined) {
  const problems: AuditProblem[] = [];
  const query = db.select({ id: listVersions.id, number: listVersions.number, contentHash: listVersions.contentHash }).from(listVersions).orderBy(desc(listVersions.number));
  const versions = limit === undefined ? await query : await query.limit(limit);
  const reasons = versions.map((v) => `publication:${v.number}`);
  const published = reasons.length === 0 ? [] : await db.select().from(auditCheckpoints).where(inArray(auditCheckpoints.reason, reasons));
  const publicationCheckpoints = new Set(published.filter((c) => isValidMac(key, c)).map((c) => c.reason));
  for (const version of versions) {
    const [publication] = await db
      .select({ id: auditEvents.id, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "list.publish"), eq(auditEvents.objectType, "list_version"), eq(auditEvents.objectId, String(version.number)), eq(auditEvents.result, "success")))
      .limit(1);
    const auditHash = (publication?.after as { contentHash?: string } | null)?.contentHash ?? null;
    // Versions from before content hashes existed have neither; nothing to compare.
    if (version.contentHash === null && auditHash === null) continue;
    if (version.contentHash === null || versionContentHash(await getVersionSnapshot(db, version.id)) !== version.contentHash) {
      problems.push({ kind: "version-content", version: version.number, message: `de inhoud van lijstversie ${version.number} klopt niet met haar hash: de gepubliceerde lijst is gewijzigd` });
    }
    if (auditHash !== version.contentHash) {
      problems.push({ kind: "version-audit", version: version.number, eventId: publication?.id, message: `de hash van lijstversie ${version.number} staat ${publication ? "anders" : "niet"} in het auditlog` });
    }
    if (!publicationCheckpoints.has(`publication:${version.number}`)) {
      problems.push({ kind: "missing-publication-checkpoint", version: version.number, message: `het controlepunt van de publicatie van lijstversie ${version.number} ontbreekt` });
    }
  }
  return { checked: versions.length, problems };
}
