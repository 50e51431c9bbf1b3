import { getDb } from "@/db";
import path from "node:path";
import { dataDir, isPglite } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { isEmpty, seedDemo } from "@/db/seed";
import { DEMO_PASSWORD, demoPeople } from "@/db/seed/demo-people";

/**
 * Runs once inside the server process at start: PGlite has no lock on its folder, so migrating or
 * seeding from a second process while the server runs would silently lose data.
 */
export async function prepareDatabase() {
  const db = getDb();
  await migrateDb(db);
  const embedded = isPglite(db);
  const seeded = embedded && (await isEmpty(db));
  if (seeded) await seedDemo(db);

  const port = process.env.PORT ?? "3000";
  const lines = [
    "",
    `Het portaal draait op http://localhost:${port}`,
    embedded ? `Database: ingebouwd (PGlite) in de map ${path.relative(process.cwd(), dataDir()) || "."}/` : "Database: PostgreSQL (DATABASE_URL)",
  ];
  if (embedded) {
    lines.push(seeded ? "Demogegevens zijn geladen." : "Bestaande gegevens gebruikt.", `Demo-accounts (wachtwoord: ${DEMO_PASSWORD}):`);
    for (const p of demoPeople.slice(0, 5)) lines.push(`  ${p.email.padEnd(26)} ${p.roles.join(", ")}`);
  }
  console.log(lines.join("\n") + "\n");
}
