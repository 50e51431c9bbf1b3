import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { createDb, isPglite, type Db } from "@/db/client";
import * as schema from "@/db/schema";
import { checkpointReasonLabel } from "@/lib/audit/labels";
import { CheckpointKeyError, checkpointKey } from "@/lib/audit/key";
import { verifyAuditLog, type TrustedCheckpoint } from "@/lib/audit/verify";

export type Log = (line: string) => void;

const when = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeStyle: "medium", timeZone: "Europe/Amsterdam" });

export function describeCheckpoint(c: TrustedCheckpoint): string {
  return `controlepunt ${c.id} van ${when.format(c.createdAt)} (${checkpointReasonLabel(c.reason)}), bij regel ${c.eventId}`;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString("nl-NL")} ${n === 1 ? one : many}`;

/** Exit codes: 0 the log is intact, 1 something does not match, 2 the check could not run. */
export async function checkAuditLog(db: Db, key: string, log: Log): Promise<0 | 1> {
  const report = await verifyAuditLog(db, { key, full: true });
  log(report.trusted ? `Vertrouwd: ${describeCheckpoint(report.trusted)}.` : "Er is geen controlepunt dat klopt.");
  if (report.ok) {
    log(`Auditlog in orde: ${count(report.checkedRows, "regel", "regels")}, ${count(report.checkpoints, "controlepunt", "controlepunten")} en ${count(report.versionsChecked, "lijstversie", "lijstversies")} gecontroleerd.`);
    return 0;
  }
  log(`Auditlog NIET in orde: ${report.problems.length} ${report.problems.length === 1 ? "probleem" : "problemen"}.`);
  for (const problem of report.problems.slice(0, 20)) log(`- ${problem.message}`);
  if (report.problems.length > 20) log(`- en nog ${report.problems.length - 20} meer.`);
  log("Zoek uit wie toegang had tot de database en meld dit als beveiligingsincident.");
  return 1;
}

/** `npm run audit:verify`: opens the database the way the app does and checks the whole log from the first row. */
export async function runAuditVerify(env: { DATABASE_URL?: string; DATA_DIR?: string; AUDIT_CHECKPOINT_KEY?: string }, log: Log): Promise<number> {
  let key: string;
  try {
    key = checkpointKey({ env, create: false });
  } catch (error) {
    if (!(error instanceof CheckpointKeyError)) throw error;
    log(`${error.message} Zonder de sleutel zijn de controlepunten niet te controleren.`);
    return 2;
  }
  const url = env.DATABASE_URL;
  if (url) {
    log("Database: PostgreSQL (DATABASE_URL). Deze controle kan veilig terwijl de server draait.");
    return withDb(createDb(url), key, log);
  }

  const folder = path.join(path.resolve(env.DATA_DIR || ".data"), "pglite");
  log(`Database: ingebouwd (PGlite) in ${folder}`);
  log("Let op: stop eerst de server (npm start of npm run dev). PGlite heeft geen slot op de map: wat de server");
  log("tijdens de controle schrijft, kan de uitkomst onbetrouwbaar maken. De controle werkt op een kopie van de map.");
  if (!existsSync(path.join(folder, "PG_VERSION"))) {
    log("Daar staat geen database. Controleer DATA_DIR.");
    return 2;
  }
  // Opening a PGlite folder writes to it (recovery, checkpoint); a copy keeps the real folder untouched.
  const copy = mkdtempSync(path.join(tmpdir(), "auditlog-controle-"));
  try {
    cpSync(folder, copy, { recursive: true });
    const db = drizzle({ client: new PGlite(copy), schema, casing: "snake_case" }) as unknown as Db;
    return await withDb(db, key, log);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

async function withDb(db: Db, key: string, log: Log): Promise<number> {
  try {
    const [{ exists }] = await rows<{ exists: boolean }>(db, sql`select to_regclass('audit_event') is not null as exists`);
    if (!exists) {
      log("Deze database heeft nog geen auditlog (de tabel audit_event ontbreekt). Start het portaal eenmaal om de database in te richten.");
      return 2;
    }
    return await checkAuditLog(db, key, log);
  } catch (error) {
    log(`De controle kon niet worden uitgevoerd: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  } finally {
    await close(db);
  }
}

// postgres.js returns an array, PGlite an object with rows.
async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

async function close(db: Db) {
  const client = (db as unknown as { $client: { close?: () => Promise<void>; end?: () => Promise<void> } }).$client;
  await (isPglite(db) ? client.close?.() : client.end?.());
}
