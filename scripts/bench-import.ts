// `npm run bench:import`: imports and classifies a generated Intune inventory of 100,000 and 1,000,000 rows
// through importInventory (as the upload route does), next to a raw COPY of the same file into a bare table,
// and times the compliance overview on the result. PostgreSQL of BENCH_DATABASE_URL or TEST_DATABASE_URL in a
// throwaway database, then PGlite in a temporary folder. Figures only; targets: ratio ≤ 2, overview ≤ 50 ms,
// memory flat in the file size.
import { createReadStream, mkdtempSync, openAsBlob, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pipeline } from "node:stream/promises";
import type { PGlite } from "@electric-sql/pglite";
import type { Sql } from "postgres";
import { sql } from "drizzle-orm";
import { createDb, isPglite, type Db } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { getComplianceOverview, listViolatingDevices } from "@/db/queries/inventory";
import { departments, exemptions, inventoryImports, listVersionApps, organisation, users } from "@/db/schema";
import { riskGroups } from "@/db/schema/enums";
import { seedDemo } from "@/lib/demo/seed";
import { classifyStagingRange, stagingBlocks, summariseImport } from "@/lib/inventory/classify";
import { classifySlice, importInventory } from "@/lib/inventory/import";
import { importContext } from "@/lib/inventory/import-rows";
import { riskGroupLabels } from "@/lib/labels";
import { writeIntuneCsv } from "./bench-import-data";

const APPS_PER_DEVICE = 100;
const SIZES = (process.env.BENCH_DEVICES ?? "1000,10000").split(",").map(Number);
const OWNERS = 8000;
const baseUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
const dir = mkdtempSync(path.join(tmpdir(), "bench-import-"));

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs work while sampling the process's RSS every 50 ms; returns its time and the peak. */
async function measured<T>(work: () => Promise<T>) {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const start = performance.now();
  try {
    const result = await work();
    return { result, ms: performance.now() - start, peak: Math.max(peak, process.memoryUsage().rss) };
  } finally {
    clearInterval(timer);
  }
}

/** Owners for the generated e-mail addresses, spread over departments and risk groups; some with an exemption. */
async function prepare(db: Db) {
  await migrateDb(db);
  await seedDemo(db);
  const departmentIds = (await db.select({ id: departments.id }).from(departments)).map((d) => d.id);
  for (let from = 0; from < OWNERS; from += 1000) {
    await db.insert(users).values(Array.from({ length: 1000 }, (_, i) => from + i).map((n) => ({
      email: `bench${n}@voorbeeld.nl`, name: `Bench Persoon ${n}`, departmentId: departmentIds[n % departmentIds.length],
      riskGroup: riskGroups[n % 50 === 0 ? 0 : n % 20 === 0 ? 1 : n % 7 === 0 ? 2 : 3],
    })));
  }
  await db.update(organisation).set({ managedDeviceTotal: 10_500 });
  const [tiktok] = await db.select({ appId: listVersionApps.appId }).from(listVersionApps).where(sql`${listVersionApps.name} = 'TikTok'`).limit(1);
  const exempted = await db.select({ id: users.id }).from(users).where(sql`${users.email} like 'bench%' and ${users.email} < 'bench2'`);
  await db.insert(exemptions).values(exempted.map((u) => ({
    userId: u.id, appId: tiktok.appId, appName: "TikTok", device: "Telefoon", reason: "target_group" as const, justification: "Benchmark",
    requestedUntil: "2999-12-31", status: "approved" as const, endsOn: "2999-12-31",
  })));
  await db.execute(sql.raw(`create table bench_raw_copy (${Array.from({ length: 13 }, (_, i) => `c${i} text`).join(", ")})`));
}

const STAGING = "inventory_staging (application_key, application_name, application_publisher, application_short_version, application_version, device_id, device_name, email_address, os_description, os_version, platform, user_id, user_name)";

async function rawCopy(db: Db, file: string, table = "bench_raw_copy") {
  await db.execute(sql.raw(`truncate ${table.split(" ")[0]} restart identity`));
  const statement = `copy ${table} from %s with (format csv, header true)`;
  if (isPglite(db)) {
    const client = (db as unknown as { $client: PGlite }).$client;
    await client.query(statement.replace("%s", "'/dev/blob'"), [], { blob: await openAsBlob(file) });
  } else {
    const client = (db as unknown as { $client: Sql }).$client;
    await pipeline(createReadStream(file), await client.unsafe(statement.replace("%s", "stdin")).writable());
  }
}

/** Where the import's time goes: the same file COPYed into the staging table, then classified in the import's slices. */
async function breakdown(db: Db, file: string) {
  const copy = await measured(() => rawCopy(db, file, STAGING));
  const { listVersionId } = await importContext(db);
  const [row] = await db.insert(inventoryImports).values({ format: "intune", fileName: "uitsplitsing", startedByName: "bench", status: "failed", listVersionId })
    .returning({ id: inventoryImports.id });
  const classify = await measured(async () => {
    const blocks = await stagingBlocks(db);
    const slice = classifySlice(db);
    for (let from = 0; from < blocks; from += slice) {
      await db.transaction((tx) => classifyStagingRange(tx, { importId: row.id, listVersionId: listVersionId!, fromBlock: from, toBlock: from + slice }));
    }
    await db.transaction((tx) => summariseImport(tx, row.id));
  });
  await db.execute(sql`truncate inventory_staging restart identity`);
  return { stagingCopyMs: copy.ms, classifyMs: classify.ms };
}

async function overviewMs(db: Db, importId: number) {
  const times: number[] = [];
  for (let i = 0; i < 8; i++) {
    const start = performance.now();
    await getComplianceOverview(db, importId, riskGroupLabels);
    await listViolatingDevices(db, importId, { page: 1, pageSize: 50 });
    if (i > 0) times.push(performance.now() - start);
  }
  return median(times);
}

async function bench(name: string, db: Db, files: { devices: number; file: string; bytes: number }[]) {
  console.log(`\n${name}`);
  await prepare(db);
  for (const { devices, file, bytes } of files) {
    const rows = devices * APPS_PER_DEVICE;
    const before = process.memoryUsage().rss;
    const run = await measured(() =>
      importInventory(db, { actor: { id: null, name: "bench" }, ip: null, fileName: path.basename(file), body: createReadStream(file), byteLimit: bytes + 1 }));
    if (!run.result.ok) throw new Error(`import geweigerd: ${run.result.message}`);
    const copy = await measured(() => rawCopy(db, file));
    const overview = await overviewMs(db, run.result.importId);
    const parts = await breakdown(db, file);
    const c = run.result.counts;
    console.log(`  ${rows.toLocaleString("nl-NL")} regels (${mb(bytes)}, ${devices} apparaten): import + classificatie ${(run.ms / 1000).toFixed(1)} s, ` +
      `kale COPY ${(copy.ms / 1000).toFixed(1)} s, verhouding ${(run.ms / copy.ms).toFixed(2)}; overzicht (cijfers + pagina 1) mediaan ${overview.toFixed(1)} ms; ` +
      `RSS voor ${mb(before)}, piek tijdens import ${mb(run.peak)}, tijdens COPY ${mb(copy.peak)}`);
    console.log(`    uitsplitsing: COPY in de staging-tabel ${(parts.stagingCopyMs / 1000).toFixed(1)} s, classificatie + telling ${(parts.classifyMs / 1000).toFixed(1)} s`);
    console.log(`    ${c.deviceCount} apparaten, ${c.matchCount} treffers, ${c.violatingDeviceCount} apparaten met een overtreding, ${c.violationCount} overtredingen, ${c.exemptedCount} uitzonderingen, ${c.unknownCount} onbekend`);
  }
}

const client = (db: Db) => (db as unknown as { $client: { end?: () => Promise<void>; close?: () => Promise<void> } }).$client;

try {
  const files = [];
  for (const devices of SIZES) {
    const file = path.join(dir, `intune-${devices * APPS_PER_DEVICE}.csv`);
    const bytes = await writeIntuneCsv(file, devices, APPS_PER_DEVICE, OWNERS);
    files.push({ devices, file, bytes });
  }
  if (baseUrl && !baseUrl.startsWith("memory://")) {
    const admin = createDb(baseUrl);
    const name = `portal_bench_import_${Date.now().toString(36)}`;
    await admin.execute(sql.raw(`create database ${name}`));
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    const db = createDb(url.toString());
    try {
      await bench(`PostgreSQL (${url.host}, tijdelijke database ${name})`, db, files);
    } finally {
      await client(db).end?.();
      // BENCH_KEEP=1 keeps the database for EXPLAIN ANALYZE afterwards.
      if (process.env.BENCH_KEEP !== "1") await admin.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await client(admin).end?.();
    }
  } else {
    console.log("Geen BENCH_DATABASE_URL of TEST_DATABASE_URL: PostgreSQL overgeslagen.");
  }
  if (process.env.BENCH_SKIP_PGLITE !== "1") {
    // An empty URL makes createDb open PGlite in DATA_DIR/pglite, as the server does without DATABASE_URL.
    process.env.DATA_DIR = dir;
    const db = createDb("");
    await bench(`PGlite (tijdelijke map ${path.join(dir, "pglite")})`, db, files);
    await client(db).close?.();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
