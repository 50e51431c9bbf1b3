// Prints how fast the audit chain is written and verified, on PGlite in memory and, when
// BENCH_DATABASE_URL is set, on PostgreSQL. Figures only; no pass/fail.
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { createDb, type Db } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { verifyAuditChain, writeAudit } from "@/lib/audit/chain";
import { checkpointKey } from "@/lib/audit/key";
import { verifyAuditLog } from "@/lib/audit/verify";

const rows = Number(process.env.BENCH_ROWS ?? 5000);

async function bench(name: string, db: Db) {
  await migrateDb(db);
  let start = performance.now();
  for (let i = 0; i < rows; i++) {
    await db.transaction((tx) =>
      writeAudit(tx, { actorId: null, actorLabel: "benchmark", action: "app.update", objectType: "app", objectId: i, result: "success", ip: "127.0.0.1", before: { name: `oud ${i}` }, after: { name: `nieuw ${i}` } }),
    );
  }
  const writeMs = performance.now() - start;
  start = performance.now();
  const report = await verifyAuditChain(db);
  const verifyMs = performance.now() - start;
  start = performance.now();
  const page = await verifyAuditLog(db, { key: checkpointKey(), recentRows: 10_000 });
  const pageMs = performance.now() - start;
  console.log(`${name}: ${rows} auditregels geschreven in ${(writeMs / 1000).toFixed(1)} s (${(rows / (writeMs / 1000)).toFixed(0)} per seconde, elk in een eigen transactie, met ${page.checkpoints} controlepunten); hele keten gecontroleerd in ${verifyMs.toFixed(0)} ms (${report.ok ? "intact" : "NIET intact"}); controle van de auditlogpagina (controlepunten en nieuwste 10.000 regels) in ${pageMs.toFixed(0)} ms (${page.ok ? "intact" : "NIET intact"})`);
}

await bench("PGlite (geheugen)", createDb("memory://"));
if (process.env.BENCH_DATABASE_URL) {
  const admin = createDb(process.env.BENCH_DATABASE_URL);
  const name = `portal_bench_${Date.now()}`;
  await admin.execute(sql.raw(`create database ${name}`));
  const url = new URL(process.env.BENCH_DATABASE_URL);
  url.pathname = `/${name}`;
  const db = createDb(url.toString());
  await bench("PostgreSQL", db);
  await (db as unknown as { $client: { end(): Promise<void> } }).$client.end();
  await admin.execute(sql.raw(`drop database ${name} with (force)`));
  await (admin as unknown as { $client: { end(): Promise<void> } }).$client.end();
}
process.exit(0);
