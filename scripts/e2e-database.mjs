// Playwright on PostgreSQL: an empty database under E2E_DATABASE_URL for each run (dropped and made again),
// so the demo data loads as on a fresh installation and no earlier run leaves records behind.
import postgres from "postgres";

const url = process.env.E2E_DATABASE_URL;
if (!url) {
  console.error("E2E_DATABASE_URL ontbreekt: zonder die variabele draaien de end-to-end-tests op PGlite.");
  process.exit(1);
}
const target = new URL(url);
const name = decodeURIComponent(target.pathname.slice(1));
// A test database only: a typo must never drop the real one.
if (!/^[a-z0-9_]*(e2e|test)[a-z0-9_]*$/.test(name)) {
  console.error(`De database "${name}" wordt niet leeggemaakt: de naam moet "e2e" of "test" bevatten.`);
  process.exit(1);
}

const maintenance = new URL(url);
maintenance.pathname = "/postgres";
const sql = postgres(maintenance.toString(), { max: 1, onnotice: () => {} });
try {
  await sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await sql.unsafe(`CREATE DATABASE "${name}"`);
  console.log(`Lege database "${name}" voor de end-to-end-tests.`);
} finally {
  await sql.end();
}
