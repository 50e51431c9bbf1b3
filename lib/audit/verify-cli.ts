import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { createDb, isPglite, type Db } from "@/db/client";
import * as schema from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit/chain";

export type Log = (line: string) => void;

/** Exit codes: 0 the chain is intact, 1 a row does not match, 2 the check could not run. */
export async function checkAuditLog(db: Db, log: Log): Promise<0 | 1> {
  const report = await verifyAuditChain(db);
  if (report.ok) {
    log(`Auditlog in orde: ${report.checked} regels gecontroleerd`);
    return 0;
  }
  log(`Auditlog NIET in orde: regel ${report.brokenId} klopt niet (${report.reason}).`);
  log(`De ${report.checked} regels daarvoor zijn in orde. Zoek uit wie toegang had tot de database en meld dit als beveiligingsincident.`);
  return 1;
}

/** `npm run audit:verify`: opens the database the way the app does and checks the chain. */
export async function runAuditVerify(env: { DATABASE_URL?: string; DATA_DIR?: string }, log: Log): Promise<number> {
  const url = env.DATABASE_URL;
  if (url) {
    log("Database: PostgreSQL (DATABASE_URL). Deze controle kan veilig terwijl de server draait.");
    return withDb(createDb(url), log);
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
    return await withDb(db, log);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

async function withDb(db: Db, log: Log): Promise<number> {
  try {
    const [{ exists }] = await rows<{ exists: boolean }>(db, sql`select to_regclass('audit_event') is not null as exists`);
    if (!exists) {
      log("Deze database heeft nog geen auditlog (de tabel audit_event ontbreekt). Start het portaal eenmaal om de database in te richten.");
      return 2;
    }
    return await checkAuditLog(db, log);
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
