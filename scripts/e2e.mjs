// `npm run test:e2e`: the Playwright suite on PGlite, then once more on PostgreSQL when a server is configured
// (E2E_DATABASE_URL, or TEST_DATABASE_URL with database `portal_e2e`), because real installations run there.
// Arguments pass through: `npm run test:e2e -- e2e/roles.spec.ts`.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const playwright = path.join(root, "node_modules", "@playwright", "test", "cli.js");
const args = process.argv.slice(2);

function run(label, env) {
  console.log(`\nEnd-to-end-tests op ${label}`);
  const result = spawnSync(process.execPath, [playwright, "test", ...args], { cwd: root, stdio: "inherit", env });
  return result.status ?? 1;
}

const { E2E_DATABASE_URL: _pg, ...pgliteEnv } = process.env;
let status = run("PGlite", pgliteEnv);

const postgresUrl = process.env.E2E_DATABASE_URL || e2eUrlFrom(process.env.TEST_DATABASE_URL);
if (postgresUrl) status = run("PostgreSQL", { ...process.env, E2E_DATABASE_URL: postgresUrl }) || status;
else console.log("\nGeen PostgreSQL ingesteld (E2E_DATABASE_URL of TEST_DATABASE_URL): de end-to-end-tests draaiden alleen op PGlite.");

process.exit(status);

function e2eUrlFrom(testUrl) {
  if (!testUrl) return undefined;
  const url = new URL(testUrl);
  url.pathname = "/portal_e2e";
  return url.toString();
}
