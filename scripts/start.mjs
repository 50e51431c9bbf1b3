// `npm start`: build when needed, provide the secret for the embedded run, then serve with `next start`.
// Migrations and first-run demo data run inside the server process (instrumentation.ts).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const env = { ...process.env, AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true" };

if (env.DATABASE_URL) {
  if (!env.AUTH_SECRET) {
    console.error(
      "Het portaal start niet: AUTH_SECRET ontbreekt.\n" +
        "Met DATABASE_URL draait het portaal als echte installatie en dan is een eigen geheime sleutel verplicht.\n" +
        "Maak er een met: openssl rand -base64 32   en zet die in de omgevingsvariabele AUTH_SECRET.",
    );
    process.exit(1);
  }
  if (!env.AUDIT_CHECKPOINT_KEY) {
    console.error(
      "Het portaal start niet: AUDIT_CHECKPOINT_KEY ontbreekt.\n" +
        "Met die sleutel ondertekent het portaal controlepunten van het auditlog; hij hoort niet in de database.\n" +
        "Maak er een met: openssl rand -base64 32   en zet die in de omgevingsvariabele AUDIT_CHECKPOINT_KEY.",
    );
    process.exit(1);
  }
} else if (!env.AUTH_SECRET) {
  const dataDir = path.resolve(root, env.DATA_DIR ?? ".data");
  const secretFile = path.join(dataDir, "auth-secret");
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(secretFile)) {
    writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
    console.log(`Nieuwe geheime sleutel voor sessies aangemaakt in ${path.relative(root, secretFile)}.`);
  }
  env.AUTH_SECRET = readFileSync(secretFile, "utf8").trim();
}
if (!env.DATABASE_URL && !env.AUDIT_CHECKPOINT_KEY) {
  // The key for the audit log's checkpoints, next to the database folder rather than in it.
  const dataDir = path.resolve(root, env.DATA_DIR ?? ".data");
  const keyFile = path.join(dataDir, "audit-key");
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(keyFile)) {
    writeFileSync(keyFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
    console.log(`Nieuwe sleutel voor de controlepunten van het auditlog aangemaakt in ${path.relative(root, keyFile)}.`);
  }
  env.AUDIT_CHECKPOINT_KEY = readFileSync(keyFile, "utf8").trim();
}

if (needsBuild()) {
  console.log("De app wordt eerst gebouwd (next build)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = env.PORT ?? "3000";
const server = spawn(process.execPath, [nextBin, "start", "-p", port], { cwd: root, stdio: "inherit", env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

/** A build is needed when there is none, or when a source file is newer than it. */
function needsBuild() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  const sources = ["app", "components", "db", "lib", "proxy.ts", "instrumentation.ts", "next.config.ts", "package.json"];
  return sources.some((entry) => newerThan(path.join(root, entry), builtAt));
}

function newerThan(file, time) {
  if (!existsSync(file)) return false;
  const stat = statSync(file);
  if (stat.isFile()) return stat.mtimeMs > time;
  return readdirSync(file).some((name) => newerThan(path.join(file, name), time));
}
