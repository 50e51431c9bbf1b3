import type { Tx } from "@/db/client";
import { exemptions } from "@/db/schema";

// Three exemptions that show each state a CISO meets: one in force, one to decide, one waiting for a
// second CISO. medewerker@ has none on purpose: the end-to-end test starts from an empty list for them.

const addDays = (iso: string, days: number) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

type Ids = { userId: (email: string) => string; appId: (name: string) => number; cisoId: string; secondCisoId: string };

/** Inserts the demo exemptions, with dates relative to `today` (yyyy-mm-dd); returns the rows for their audit. */
export async function insertDemoExemptions(tx: Tx, ids: Ids, today: string, now: Date) {
  const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
  return tx
    .insert(exemptions)
    .values([
      {
        userId: ids.userId("communicatie@voorbeeld.nl"),
        appId: ids.appId("TikTok"),
        appName: "TikTok",
        device: "Losse telefoon van team Communicatie (zonder werkaccounts)",
        reason: "target_group" as const,
        justification: "Het gemeentelijke TikTok-account bereikt jongeren die we via andere kanalen niet bereiken, zoals bij de campagne over de Week van het Geld.",
        requestedUntil: addDays(today, 150),
        status: "approved" as const,
        createdAt: days(-12),
        updatedAt: days(-10),
        decidedById: ids.cisoId,
        decidedAt: days(-10),
        conditions: "Alleen op een apart toestel zonder werkaccounts\nGeen werkaccounts in de app",
        endsOn: addDays(today, 150),
      },
      {
        userId: ids.userId("toezicht@voorbeeld.nl"),
        appId: ids.appId("WeChat"),
        appName: "WeChat",
        device: "Dienstelefoon toezicht horeca",
        reason: "inspection" as const,
        justification: "Bij controles in horecabedrijven spreken ondernemers alleen via WeChat af; zonder de app lopen afspraken over hercontroles vertraging op.",
        requestedUntil: addDays(today, 90),
        createdAt: days(-3),
        updatedAt: days(-3),
      },
      {
        userId: ids.userId("wethouder@voorbeeld.nl"),
        appId: ids.appId("TikTok"),
        appName: "TikTok",
        device: "Aparte telefoon voor het publieke account van de wethouder",
        reason: "target_group" as const,
        justification: "De wethouder jeugd wil jongeren rechtstreeks informeren over de nieuwe jongerenraad en vragen beantwoorden in de reacties.",
        requestedUntil: addDays(today, 180),
        status: "awaiting_second" as const,
        createdAt: days(-5),
        updatedAt: days(-2),
        firstApproverId: ids.secondCisoId,
        firstApprovedAt: days(-2),
        conditions: "Alleen op een apart toestel zonder werkaccounts",
        endsOn: addDays(today, 180),
      },
    ])
    .returning();
}
