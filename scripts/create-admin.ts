// `npm run user:create-admin -- --email naam@gemeente.nl --name "Voornaam Achternaam"`: the first beheerder
// of a fresh installation, or (with --nieuwe-link) a way back in when nobody can log in as beheerder. It is the
// logged break-glass path around four eyes: with one beheerder, nobody else could approve a second.
import { parseArgs } from "node:util";
import { createDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { AdminSetupError, closeDb, databaseNotice, SCRIPT_ACTOR, setUpAdmin } from "@/lib/users/admin-setup";
import { formatDateTime } from "@/lib/dates";
import { activationPath, configuredOrigin } from "@/lib/users/invitations";
import { z } from "@/lib/zod-nl";

const usage = 'Gebruik: npm run user:create-admin -- --email naam@gemeente.nl --name "Voornaam Achternaam" [--nieuwe-link]';

const { values } = (() => {
  try {
    return parseArgs({
      options: { email: { type: "string" }, name: { type: "string" }, "nieuwe-link": { type: "boolean", default: false } },
      strict: true,
    });
  } catch {
    console.error(usage);
    process.exit(2);
  }
})();
const input = z
  .object({
    email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
    name: z.string().trim().min(1).max(120),
  })
  .safeParse(values);
if (!input.success) {
  console.error(usage);
  for (const issue of input.error.issues) console.error(`  --${issue.path.join(".")}: ${issue.message}`);
  process.exit(2);
}

for (const line of databaseNotice()) console.log(line);
const db = createDb();
try {
  await migrateDb(db);
  const result = await setUpAdmin(db, {
    ...input.data,
    organisationName: process.env.ORGANISATION_NAME || "Gemeente",
    newLink: values["nieuwe-link"],
  });
  const origin = configuredOrigin() ?? `http://localhost:${process.env.PORT || 3000}`;
  console.log(
    [
      "",
      result.created ? `Beheerder ${input.data.name} <${input.data.email}> is aangemaakt.` : `${input.data.email} is beheerder en krijgt een nieuwe activeringslink.`,
      "",
      "Activeringslink (werkt één keer, geldig tot " + formatDateTime(result.expiresAt) + "):",
      `  ${origin}${activationPath(result.token)}`,
      "",
      "Deze link wordt niet bewaard en is niet opnieuw op te vragen. Geef hem persoonlijk of via een beveiligd",
      "kanaal door; met de link kiest de beheerder zelf een wachtwoord. Kwijt? Draai dit script dan met --nieuwe-link.",
      "",
      "Dit script gaat buiten de goedkeuring door een tweede beheerder om. Daarom staat elke stap in het auditlog",
      `met als uitvoerder "${SCRIPT_ACTOR}", en krijgt de beheerder bij de volgende keer inloggen een bericht.`,
    ].join("\n"),
  );
} catch (error) {
  if (!(error instanceof AdminSetupError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await closeDb(db);
}
