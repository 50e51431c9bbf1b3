import { getDb } from "@/db";
import path from "node:path";
import { createDb, dataDir, isPglite, type Db } from "@/db/client";
import { writeCheckpoint } from "@/lib/audit/checkpoint";
import { checkpointKey } from "@/lib/audit/key";
import { migrateDb } from "@/db/migrate";
import { isEmpty, seedDemo } from "@/lib/demo/seed";
import { seedDemoInventory } from "@/lib/demo/seed-inventory";
import { DEMO_PASSWORD, demoPeople } from "@/db/seed/demo-people";
import { demoSecondFactorLines } from "@/lib/auth/second-factor/demo";
import { startScheduler } from "@/lib/jobs/scheduler";
import { smtpConfigFromEnv } from "@/lib/mail/transport";

/**
 * Runs once inside the server process at start: PGlite has no lock on its folder, so migrating or
 * seeding from a second process while the server runs would silently lose data.
 */
export async function prepareDatabase() {
  const db = getDb();
  // Without its key the portal could not sign audit checkpoints: refuse to start (the message is Dutch).
  checkpointKey();
  await migrateAsOwner(db);
  const embedded = isPglite(db);
  const seeded = embedded && (await isEmpty(db));
  if (seeded) {
    await seedDemo(db);
    // Apart from seedDemo: the tests that seed the demo do not need three imports of 695 devices.
    await seedDemoInventory(db);
  }
  const checkpoint = await writeCheckpoint(db, "start");

  const port = process.env.PORT ?? "3000";
  const lines = [
    "",
    `Het portaal draait op http://localhost:${port} (Node.js ${process.version})`,
    embedded ? `Database: ingebouwd (PGlite) in de map ${path.relative(process.cwd(), dataDir()) || "."}/` : "Database: PostgreSQL (DATABASE_URL)",
  ];
  if (embedded) {
    lines.push(seeded ? "Demogegevens zijn geladen." : "Bestaande gegevens gebruikt.", `Demo-accounts (wachtwoord: ${DEMO_PASSWORD}):`);
    for (const p of demoPeople.slice(0, 5)) lines.push(`  ${p.email.padEnd(26)} ${p.roles.join(", ")}`);
    lines.push(...demoSecondFactorLines());
  }
  if (checkpoint) lines.push(`Auditlog: controlepunt ${checkpoint.id} ondertekend bij regel ${checkpoint.eventId} (hash ${checkpoint.headHash}).`);
  lines.push(jobsLine());
  console.log(lines.join("\n") + "\n");
  // After migrations and seeding, so the first reminder run sees the seeded policy.
  startScheduler(getDb);
}

function jobsLine(): string {
  if (process.env.JOBS_DISABLED === "1") return "Achtergrondtaken staan uit (JOBS_DISABLED=1): er gaan geen herinneringen en e-mails uit.";
  const smtp = smtpConfigFromEnv();
  return smtp
    ? `E-mail: via ${smtp.host}:${smtp.port}, afzender ${smtp.from}.`
    : "E-mail: geen mailserver ingesteld (SMTP_HOST). Berichten worden bewaard en getoond onder Beheer, Verzonden berichten.";
}

/**
 * Two-role deployments (README, "Twee databaserollen"): MIGRATION_DATABASE_URL is the owner of the
 * tables and runs the migrations; DATABASE_URL is the portal's own role, which may not alter them.
 */
async function migrateAsOwner(db: Db) {
  const ownerUrl = process.env.MIGRATION_DATABASE_URL;
  if (!ownerUrl) return migrateDb(db);
  const owner = createDb(ownerUrl);
  try {
    await migrateDb(owner);
  } finally {
    await (owner as unknown as { $client: { end(): Promise<void> } }).$client.end();
  }
}
