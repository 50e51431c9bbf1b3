// `npm run bench:pages`: requests per second and p99 of every page and API route, per role, against a bare Next
// app of the same version as the floor. The portal runs with `next start` on PostgreSQL (BENCH_DATABASE_URL or
// TEST_DATABASE_URL, a throwaway database) and then on PGlite (a temporary folder), each with the municipal-scale
// data set of ./bench-pages/data.ts. Figures only, no pass/fail; the "doel" column says which pages meet issue 10's
// goal (≥ 0.5× bare Next, p99 ≤ 250 ms). Parts in scripts/bench-pages/.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createDb, type Db } from "@/db/client";
import { verifyAuditLog } from "@/lib/audit/verify";
import { buildBareNext, nextBin } from "./bench-pages/bare-next";
import { generateDataSet } from "./bench-pages/data";
import { firstLoadJs, load, probe } from "./bench-pages/load";
import { holdLock } from "./bench-pages/lock";
import { demoTotpSecret, loginCookies, ROLES, type Role } from "./bench-pages/login";
import { discoverRoutes, resolveRoutes } from "./bench-pages/routes";
import { scaleFromEnv } from "./bench-pages/scale";
import { startNext, type Server } from "./bench-pages/server";
import { formatTable, type Row } from "./bench-pages/table";

const root = path.resolve(import.meta.dirname, "..");
const scale = scaleFromEnv();
const duration = Number(process.env.BENCH_DURATION ?? 10);
const port = Number(process.env.BENCH_PORT ?? 3330);
const roles = (process.env.BENCH_ROLES?.split(",") ?? ROLES) as Role[];
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
const baseUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
// Fixed secrets: the databases hold generated data only and are removed afterwards.
const secrets = { AUTH_SECRET: "bench-only-auth-secret-0123456789abcdef0123456789", AUDIT_CHECKPOINT_KEY: "bench-only-audit-checkpoint-key-0123456789abcdef" };
process.env.AUDIT_CHECKPOINT_KEY = secrets.AUDIT_CHECKPOINT_KEY;
const dir = mkdtempSync(path.join(tmpdir(), "bench-pages-"));
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const client = (db: Db) => (db as unknown as { $client: { end?: () => Promise<void>; close?: () => Promise<void> } }).$client;

type Floor = { reqPerSec: number; p99: number; staticReqPerSec: number; staticP99: number; js: number };

async function measureBareNext(): Promise<Floor> {
  log("kale Next-app bouwen (next build)…");
  const bareDir = path.join(dir, "kaal");
  buildBareNext(bareDir, root);
  const server = await startNext(bareDir, root, port + 1, {});
  try {
    await probe(server, "/");
    const page = await load(`${server.url}/`, duration);
    const file = await load(`${server.url}/static.svg`, duration);
    const js = await firstLoadJs(server.url, "/");
    log(`kale Next: dynamische pagina ${page.reqPerSec.toFixed(0)} req/s (p99 ${page.p99} ms), statisch bestand ${file.reqPerSec.toFixed(0)} req/s (p99 ${file.p99} ms), JS ${(js / 1024).toFixed(0)} KB gzip`);
    return { reqPerSec: page.reqPerSec, p99: page.p99, staticReqPerSec: file.reqPerSec, staticP99: file.p99, js };
  } finally {
    await server.stop();
  }
}

/** A build is needed when there is none, a source file is newer, or BENCH_BUILD=1. */
function needsBuild() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (process.env.BENCH_BUILD === "1" || !existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  const newer = (file: string): boolean => {
    if (!existsSync(file)) return false;
    const stat = statSync(file);
    return stat.isFile() ? stat.mtimeMs > builtAt : readdirSync(file).some((name) => newer(path.join(file, name)));
  };
  return ["app", "components", "db", "lib", "proxy.ts", "instrumentation.ts", "next.config.ts", "package.json"].some((e) => newer(path.join(root, e)));
}

async function measurePortal(name: string, prepare: () => Promise<{ db: Db; env: Record<string, string>; done: () => Promise<void> }>, floor: Floor) {
  log(`${name}: gegevens maken (${scale.apps} apps, ${scale.users} personen, ${scale.auditRows.toLocaleString("nl-NL")} auditregels)…`);
  const { db, env, done } = await prepare();
  const rows: Row[] = [];
  try {
    const started = Date.now();
    const counts = await generateDataSet(db, scale, dir);
    log(`${name}: gegevens klaar in ${((Date.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(counts)}`);
    const check = await verifyAuditLog(db, { key: secrets.AUDIT_CHECKPOINT_KEY, full: process.env.BENCH_VERIFY_FULL === "1" });
    log(`${name}: auditlog ${check.ok ? "intact" : "NIET intact"} (${check.checkedRows} regels en ${check.checkpoints} controlepunten nagerekend${check.ok ? "" : `: ${check.problems[0]?.message}`})`);
    const { resolved, unresolved } = await resolveRoutes(db, discoverRoutes(path.join(root, "app")));
    if (unresolved.length) log(`${name}: niet gemeten (geen waarde voor het [segment]): ${unresolved.join(", ")}`);
    const routes = resolved.filter((r) => !only || only.test(r.path));
    await client(db).end?.();
    await client(db).close?.();

    const lock = await holdLock(process.env.BENCH_LOCK);
    let server: Server | null = null;
    try {
      if (process.env.BENCH_SKIP_BUILD !== "1" && needsBuild()) {
        log("portaal bouwen (next build)…");
        const build = spawnSync(process.execPath, [nextBin(root), "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
        if (build.status !== 0) throw new Error("next build van het portaal mislukte");
      }
      server = await startNext(root, root, port, { ...secrets, ...env, AUTH_TRUST_HOST: "true", BENCH_COUNT_QUERIES: "1", PORT: String(port) }, "/inloggen");
      const cookies = await loginCookies(server.url, roles, demoTotpSecret(root));
      const js = Math.max(await firstLoadJs(server.url, "/"), await firstLoadJs(server.url, "/inloggen"), await firstLoadJs(server.url, "/overzicht", cookies.get(roles.at(-1)!)));
      const file = await load(`${server.url}/icon.svg`, duration);
      log(`${name}: first-load JS ${(js / 1024).toFixed(0)} KB gzip (${(js / floor.js).toFixed(2)}× kaal); statisch bestand /icon.svg ${file.reqPerSec.toFixed(0)} req/s, p99 ${file.p99} ms (${(file.reqPerSec / floor.staticReqPerSec).toFixed(2)}× kaal)`);

      const targets: { role: Role | "anoniem"; cookie?: string }[] = [{ role: "anoniem" }, ...roles.map((role) => ({ role, cookie: cookies.get(role) }))];
      for (const { role, cookie } of targets) {
        for (const route of routes.filter((r) => (role === "anoniem" ? r.open : !r.open))) {
          const seen = await probe(server, route.path, cookie);
          if (seen.status !== 200) continue; // no access for this role, or a redirect
          const result = await load(server.url + route.path, duration, cookie);
          const row: Row = { page: route.path, role, reqPerSec: result.reqPerSec, p99: result.p99, ratio: result.reqPerSec / floor.reqPerSec, queries: seen.queries, kb: seen.bytes / 1024, failures: result.non2xx + result.errors };
          rows.push(row);
          log(`${name}: ${row.page} (${role}): ${row.reqPerSec.toFixed(1)} req/s, p99 ${row.p99} ms, ${row.queries} SQL, ${row.kb.toFixed(0)} KB`);
        }
      }
      console.log(`\n${name}\n`);
      console.log(formatTable(rows));
      console.log(`\nKale Next 16.4.5: dynamische pagina ${floor.reqPerSec.toFixed(0)} req/s (p99 ${floor.p99} ms); statisch bestand ${floor.staticReqPerSec.toFixed(0)} req/s.`);
      console.log(`Portaal: statisch bestand (/icon.svg) ${file.reqPerSec.toFixed(0)} req/s, p99 ${file.p99} ms: ${(file.reqPerSec / floor.staticReqPerSec).toFixed(2)}× kaal (doel ≥ 0.8×).`);
      console.log(`First-load JS (gzip, grootste van /, /inloggen, /overzicht): ${(js / 1024).toFixed(0)} KB tegen ${(floor.js / 1024).toFixed(0)} KB kaal: ${(js / floor.js).toFixed(2)}× (doel ≤ 1.1×).\n`);
    } finally {
      await server?.stop();
      await lock.release();
    }
  } finally {
    await done();
  }
  return rows;
}

try {
  const floor = await measureBareNext();
  if (baseUrl && !baseUrl.startsWith("memory://")) {
    await measurePortal("PostgreSQL", async () => {
      const admin = createDb(baseUrl);
      const name = `portal_bench_pages_${Date.now().toString(36)}`;
      await admin.execute(sql.raw(`create database ${name}`));
      const url = new URL(baseUrl);
      url.pathname = `/${name}`;
      return {
        db: createDb(url.toString()),
        env: { DATABASE_URL: url.toString() },
        done: async () => {
          if (process.env.BENCH_KEEP !== "1") await admin.execute(sql.raw(`drop database if exists ${name} with (force)`));
          else log(`database ${name} blijft bestaan (BENCH_KEEP=1)`);
          await client(admin).end?.();
        },
      };
    }, floor);
  } else {
    log("Geen BENCH_DATABASE_URL of TEST_DATABASE_URL: PostgreSQL overgeslagen.");
  }
  if (process.env.BENCH_SKIP_PGLITE !== "1") {
    await measurePortal("PGlite", async () => {
      // An empty DATABASE_URL makes createDb open PGlite in DATA_DIR/pglite, as the server does.
      process.env.DATA_DIR = path.join(dir, "data");
      return { db: createDb(""), env: { DATABASE_URL: "", DATA_DIR: process.env.DATA_DIR }, done: async () => {} };
    }, floor);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
