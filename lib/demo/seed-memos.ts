import type { Tx } from "@/db/client";
import { memoReads, memos } from "@/db/schema";
import type { MemoAudience } from "@/db/schema/enums";
import { writeAudit } from "@/lib/audit/chain";
import type { CouncilSeedContext } from "@/lib/demo/seed-council";
import { todayIso } from "@/lib/dates";

const SYSTEM = { actorId: null, actorLabel: "systeem (demogegevens)", result: "success" as const, ip: null };
const DAY = 24 * 3600 * 1000;

// After the memo of the CISO of Goirle to the raad (29 June 2023, seed 001), told again for Gemeente Voorbeeld.
const councilMemoBody = `**Er zijn grote veiligheidsrisico's bij apps uit landen met een offensief cyberprogramma tegen Nederland. Het college heeft besloten dat TikTok en een aantal vergelijkbare apps niet meer op apparaten van de gemeente mogen staan. Hieronder leest u wat dat voor u als raadslid of collegelid betekent.**

## Heeft u een apparaat van de gemeente?

Op telefoons, tablets en laptops van de gemeente mogen de apps uit de tabel hieronder niet meer staan. Staat een van deze apps op uw apparaat? Verwijder de app dan. Dat geldt ook voor minder bekende apps, zoals CapCut, Temu en WeChat.

## Gebruikt u een eigen apparaat voor uw werk als raadslid?

Wij raden u dringend aan om deze apps ook daar niet te gebruiken.

## Waarom dit besluit?

- Het ministerie van BZK waarschuwt, op basis van signalen van de AIVD, voor grote risico's voor informatieveiligheid en privacy bij apps uit deze landen.
- De VNG en de IBD volgen dezelfde lijn en adviseren gemeenten hetzelfde te doen.
- Bestuurders en mensen in topfuncties lopen het grootste risico. Bestuurders zijn geen ambtenaren, daarom krijgen zij deze memo apart.

De gemeente volgt de Baseline Informatiebeveiliging Overheid (BIO) en de adviezen van deze instanties.`;

const staffMemoBody = `Op de lijst van apps staan apps uit landen met een offensief cyberprogramma tegen Nederland. Die apps mogen niet op uw werktelefoon of werktablet staan.

## Wat vragen wij van u?

1. Kijk op uw werktelefoon en werktablet of een van de apps van de lijst erop staat.
2. Verwijder die app.
3. Neem kennis van het beleid in het portaal, bij Kennisnemen.

Heeft u een app nodig voor uw werk, bijvoorbeeld voor toezicht of voor contact met een doelgroep? Vraag dan een uitzondering aan in het portaal.`;

type DemoMemo = { subject: string; sender: string; body: string; audiences: MemoAudience[]; daysAgo: number; withList: boolean; readBy: string[] };

// raadslid@ has not opened the council memo: the demo and the e2e test show it as unread.
const demoMemos: DemoMemo[] = [
  {
    subject: "Veiligheidsrisico's van apps uit landen met een offensief cyberprogramma",
    sender: "Marieke de Vries (CISO) en de griffie",
    body: councilMemoBody,
    audiences: ["council", "college"],
    daysAgo: 4,
    withList: true,
    readBy: ["wethouder@voorbeeld.nl"],
  },
  {
    subject: "Verwijder apps van de lijst van uw werktelefoon",
    sender: "Marieke de Vries (CISO)",
    body: staffMemoBody,
    audiences: ["staff"],
    daysAgo: 2,
    withList: false,
    readBy: ["directeur@voorbeeld.nl", "communicatie@voorbeeld.nl", "toezicht@voorbeeld.nl"],
  },
];

/** The demo memos, published and numbered; returns their ids (decision milestones use them as evidence). */
export async function insertDemoMemos(tx: Tx, context: CouncilSeedContext): Promise<number[]> {
  const ciso = context.userId("ciso@voorbeeld.nl");
  const ids: number[] = [];
  for (const [index, demo] of demoMemos.entries()) {
    const publishedAt = new Date(context.now.getTime() - demo.daysAgo * DAY);
    const [memo] = await tx
      .insert(memos)
      .values({
        number: index + 1,
        subject: demo.subject,
        sender: demo.sender,
        memoDate: todayIso(publishedAt),
        audiences: demo.audiences,
        body: demo.body,
        contactName: "Sanne Jansen (griffier)",
        contactDetails: "griffie@voorbeeld.nl",
        listVersionId: demo.withList ? context.listVersionId : null,
        createdById: ciso,
        createdAt: publishedAt,
        updatedAt: publishedAt,
        publishedAt,
        publishedById: ciso,
        publishedByName: "Marieke de Vries",
      })
      .returning({ id: memos.id });
    await writeAudit(tx, { ...SYSTEM, action: "memo.publish", objectType: "memo", objectId: memo.id, after: { number: index + 1, subject: demo.subject, audiences: demo.audiences } });
    for (const [n, email] of demo.readBy.entries()) {
      const userId = context.userId(email);
      await tx.insert(memoReads).values({ memoId: memo.id, userId, openedAt: new Date(publishedAt.getTime() + (n + 1) * 5 * 3600 * 1000) });
      await writeAudit(tx, { ...SYSTEM, action: "memo.read", objectType: "memo", objectId: memo.id, after: { email } });
    }
    ids.push(memo.id);
  }
  return ids;
}
