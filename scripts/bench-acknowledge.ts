// Prints how long 200 concurrent acknowledgements take, through the domain function the action calls
// (lock the person's account row, then acknowledgePolicy with its audit row, in one transaction). Runs on the
// PostgreSQL of DATABASE_URL or TEST_DATABASE_URL in a throwaway database, else on PGlite in memory.
// Figures only; no pass/fail.
import { performance } from "node:perf_hooks";
import { count, eq, max, sql } from "drizzle-orm";
import { createDb, type Db } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { DEFAULT_REMINDER_LADDER, listVersions, policyAcknowledgements, policyVersions, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/chain";
import { seedDemo } from "@/lib/demo/seed";
import { acknowledgePolicy } from "@/lib/policy/acknowledge";

const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 200);
const baseUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

function acknowledge(db: Db, versionId: number, userId: string) {
  return db.transaction(async (tx) => {
    await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
    const audit = (event: Parameters<Parameters<typeof acknowledgePolicy>[3]>[0]) =>
      writeAudit(tx, { ...event, actorId: userId, actorLabel: "benchmark", result: "success", ip: "127.0.0.1" });
    return acknowledgePolicy(tx, versionId, { userId, ip: "127.0.0.1" }, audit);
  });
}

async function round(db: Db, label: string, versionId: number, userIds: string[]) {
  const durations: number[] = [];
  const start = performance.now();
  const outcomes = await Promise.all(userIds.map(async (userId) => {
    const t = performance.now();
    const outcome = await acknowledge(db, versionId, userId);
    durations.push(performance.now() - t);
    return outcome.status;
  }));
  const totalMs = performance.now() - start;
  durations.sort((a, b) => a - b);
  const [{ rows }] = await db.select({ rows: count() }).from(policyAcknowledgements).where(eq(policyAcknowledgements.policyVersionId, versionId));
  const stored = outcomes.filter((s) => s === "acknowledged").length;
  console.log(`  ${label}: ${userIds.length} tegelijk in ${totalMs.toFixed(0)} ms; per verzoek p50 ${quantile(durations, 0.5).toFixed(0)} ms, p95 ${quantile(durations, 0.95).toFixed(0)} ms, p99 ${quantile(durations, 0.99).toFixed(0)} ms; ${stored} opgeslagen, ${outcomes.length - stored} "al kennisgenomen"; rijen voor deze versie: ${rows}`);
}

async function bench(name: string, db: Db) {
  await migrateDb(db);
  await seedDemo(db);
  const [{ listVersionId }] = await db.select({ listVersionId: max(listVersions.id) }).from(listVersions);
  const [{ highest }] = await db.select({ highest: max(policyVersions.number) }).from(policyVersions);
  const newVersion = async (offset: number) => (await db.insert(policyVersions).values({
    number: (highest ?? 0) + offset, title: "Benchmark", body: "Tekst", listVersionId: listVersionId!, effectiveOn: "2000-01-01", acknowledgeBy: "2999-12-31",
    reminderLadder: DEFAULT_REMINDER_LADDER, publishedAt: new Date(), publishedByName: "benchmark",
  }).returning({ id: policyVersions.id }))[0].id;
  const people = await db.insert(users)
    .values(Array.from({ length: CONCURRENT }, (_, i) => ({ email: `bench${i}@voorbeeld.nl`, name: `Bench Persoon ${i}`, roles: ["medewerker" as const] })))
    .returning({ id: users.id });
  console.log(`${name}:`);
  await round(db, `${CONCURRENT} verschillende mensen`, await newVersion(1), people.map((p) => p.id));
  await round(db, `${CONCURRENT} keer dezelfde persoon (dubbelklik, tweede tabblad)`, await newVersion(2), people.map(() => people[0].id));
}

const end = (db: Db) => (db as unknown as { $client: { end?: () => Promise<void>; close?: () => Promise<void> } }).$client;

if (baseUrl && !baseUrl.startsWith("memory://")) {
  const admin = createDb(baseUrl);
  const name = `portal_bench_ack_${Date.now().toString(36)}`;
  await admin.execute(sql.raw(`create database ${name}`));
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const db = createDb(url.toString());
  try {
    await bench(`PostgreSQL (${url.host}, tijdelijke database ${name}, pool van 10 verbindingen)`, db);
  } finally {
    await end(db).end?.();
    await admin.execute(sql.raw(`drop database if exists ${name} with (force)`));
    await end(admin).end?.();
  }
} else {
  const db = createDb("memory://");
  await bench("PGlite (geheugen; transacties lopen na elkaar)", db);
  await end(db).close?.();
}
process.exit(0);
