// `npm run db:seed`: migrates and loads the demo data, only into an empty database.
import { createDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { isEmpty, seedDemo } from "@/lib/demo/seed";
import { seedDemoInventory } from "@/lib/demo/seed-inventory";
import { DEMO_PASSWORD, demoPeople } from "@/db/seed/demo-people";
import { demoSecondFactorLines } from "@/lib/auth/second-factor/demo";
import { closeDb, databaseNotice } from "@/lib/users/admin-setup";

for (const line of databaseNotice()) console.log(line);
const db = createDb();
try {
  await migrateDb(db);
  if (!(await isEmpty(db))) {
    console.error(
      "De database is niet leeg: er is al een organisatie ingericht. Demogegevens worden alleen in een lege database\n" +
        "geladen, zodat echte gegevens nooit vermengd raken met voorbeelden. Niets is veranderd.",
    );
    process.exitCode = 1;
  } else {
    await seedDemo(db);
    await seedDemoInventory(db);
    console.log(`Demogegevens geladen. Demo-accounts (wachtwoord: ${DEMO_PASSWORD}):`);
    for (const p of demoPeople) console.log(`  ${p.email.padEnd(28)} ${p.roles.join(", ")}`);
    for (const line of demoSecondFactorLines()) console.log(line);
  }
} finally {
  await closeDb(db);
}
