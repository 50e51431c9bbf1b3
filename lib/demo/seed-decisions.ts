import { createHash } from "node:crypto";
import type { Tx } from "@/db/client";
import { decisionAttachments, decisionMilestones, decisions } from "@/db/schema";
import { writeAudit } from "@/lib/audit/chain";
import { addCalendarDays, proposeMilestones } from "@/lib/decisions/milestone-proposal";
import type { CouncilSeedContext } from "@/lib/demo/seed-council";
import { PortalPdf } from "@/lib/pdf/document";
import { attachmentFileName } from "@/lib/uploads/pdf";

const SYSTEM = { actorId: null, actorLabel: "systeem (demogegevens)", result: "success" as const, ip: null };

// Seed 002 (Barneveld), retold for the fictional Gemeente Voorbeeld: the college follows the VNG advice.
const appsDecision = {
  number: "2023-0412",
  subject: "Gebruik van apps uit landen met een offensief cyberprogramma tegen Nederland",
  decisionPoints: [
    "1. In lijn met het advies van de VNG het beleid van de Rijksoverheid volgen: apps uit landen met een offensief cyberprogramma tegen Nederland of Nederlandse belangen worden geweerd van mobiele werkapparatuur.",
    "2. De communicatiekanalen die deze apps bieden niet gebruiken als intern of extern communicatiekanaal.",
    "3. Het besluit ter kennisname sturen aan de gemeenteraad.",
  ].join("\n"),
  arguments: [
    "Volgens de AIVD gaat het om Rusland, China, Iran en Noord-Korea. Apps uit die landen brengen risico's mee:",
    "",
    "- **Datadiefstal en spionage**: via de app kunnen persoonsgegevens en overheidsinformatie uitlekken.",
    "- **Cyberaanvallen**: zwakke plekken in de app kunnen toegang geven tot onze systemen.",
    "- **Malware**: de app kan virussen of spyware binnenbrengen.",
    "",
    "De VNG adviseert daarom deze apps te weren van werktelefoons en ze niet te gebruiken om inwoners te bereiken. Team Communicatie gebruikt TikTok nu niet als kanaal, dus het gevolg voor de dienstverlening is klein.",
  ].join("\n"),
  considerations: [
    "**Medewerkers met TikTok.** Een telling laat zien dat TikTok op 33 van de 695 beheerde toestellen staat, voor privégebruik. Na dit besluit mag dat niet meer op een werktoestel; wie de app wil houden, gebruikt daarvoor een eigen toestel.",
    "",
    "**Onderhoud.** De lijst met landen en de lijst met apps moeten regelmatig worden bijgewerkt. Elke wijziging start opnieuw de communicatie en het verwijderen. De CISO voert dit uit.",
  ].join("\n"),
  finances: "Er zijn geen extra kosten: de gemeente kan apps nu al op afstand van zakelijke toestellen verwijderen.",
  communication: [
    "Zo snel mogelijk na het besluit krijgen medewerkers bericht via intranet. Daarna vragen we hen per e-mail om de apps zelf te verwijderen, zo nodig nog een keer.",
    "Vervolgens laat de ICT-beheerorganisatie de apps van de zakelijke toestellen verwijderen. Voor nieuwe medewerkers passen we de bruikleenovereenkomst voor ICT-apparatuur aan, en het beleid komt in het overzicht van geldend ICT-beleid.",
  ].join("\n\n"),
};

const loanDecision = {
  number: "2023-0455",
  subject: "Bruikleenovereenkomst voor ICT-apparatuur aanpassen aan het weren van apps uit risicolanden",
  decisionPoints: "1. De bruikleenovereenkomst voor ICT-apparatuur en communicatiemiddelen aanvullen met de regel dat apps van de lijst niet op werkapparaten staan.\n2. Alle medewerkers met een werktelefoon de aangepaste overeenkomst laten tekenen.",
  arguments: "Het VNG-advies raadt aan afspraken over apps vast te leggen in de voorwaarden voor het gebruik van werkapparaten (bijlage B van het advies).",
  considerations: "Medewerkers die nu al een werktelefoon hebben, tekenen de nieuwe overeenkomst bij hun volgende contact met de servicedesk of uiterlijk op de streefdatum.",
  finances: "Geen extra kosten.",
  communication: "Via intranet en via de leidinggevenden.",
};

/** A one-page summary made with lib/pdf, so the demo decision has an attachment that passes the upload checks. */
async function demoAttachment(): Promise<Buffer> {
  return new PortalPdf({ title: "Samenvatting advies VNG over apps uit risicolanden", organisation: "Gemeente Voorbeeld", keywords: [] })
    .letterhead("Bijlage bij collegebesluit 2023-0412")
    .heading("Wat adviseert de VNG?")
    .paragraph("De VNG sluit zich aan bij het Rijk: apps van bedrijven uit landen met een offensief cyberprogramma tegen Nederland horen niet op werktelefoons en worden niet gebruikt als communicatiekanaal voor inwoners.")
    .heading("Wat betekent dat voor de gemeente?")
    .paragraph("Leg de afspraken vast in de voorwaarden voor werkapparaten, communiceer het beleid actief en controleer regelmatig of het wordt nageleefd.")
    .finish("Demobijlage, Gemeente Voorbeeld");
}

type Milestone = { title: string; dueOn: string; doneOn?: string | null; ownerId?: string | null; evidenceMemoId?: number | null; evidencePolicyVersionId?: number | null };

async function insertPublishedDecision(tx: Tx, fields: typeof appsDecision, decidedOn: string, createdById: string, publishedAt: Date, milestones: Milestone[]) {
  const [decision] = await tx.insert(decisions).values({ ...fields, decidedOn, createdById, createdAt: publishedAt, updatedAt: publishedAt, publishedAt }).returning({ id: decisions.id });
  await writeAudit(tx, { ...SYSTEM, action: "decision.create", objectType: "council_decision", objectId: decision.id, after: { number: fields.number, decidedOn, subject: fields.subject } });
  for (const [position, m] of milestones.entries()) {
    const [row] = await tx.insert(decisionMilestones).values({ decisionId: decision.id, position, ...m }).returning({ id: decisionMilestones.id });
    await writeAudit(tx, { ...SYSTEM, action: "decision.milestone.create", objectType: "decision_milestone", objectId: row.id, after: { decisionId: decision.id, ...m } });
  }
  await writeAudit(tx, { ...SYSTEM, action: "decision.publish", objectType: "council_decision", objectId: decision.id, after: { number: fields.number, publishedAt: publishedAt.toISOString() } });
  return decision.id;
}

/**
 * The demo collegebesluiten: the apps decision (seed 002), taken about seven weeks ago, so that "Start
 * communicatie" is done (with the first demo memo, or else the policy version, as evidence) and "Afronding"
 * is due within a week (at risk); and a follow-up decision whose milestone has passed its date (overdue).
 */
export async function insertDemoDecisions(tx: Tx, context: CouncilSeedContext & { memoIds: number[] }): Promise<void> {
  const griffie = context.userId("griffie@voorbeeld.nl");
  const ciso = context.userId("ciso@voorbeeld.nl");
  const communication = context.userId("communicatie@voorbeeld.nl");

  const decidedOn = addCalendarDays(context.today, -51);
  const [start, completion] = proposeMilestones(decidedOn);
  const evidence = context.memoIds[0] ? { evidenceMemoId: context.memoIds[0] } : { evidencePolicyVersionId: context.policyVersionId };
  const appsId = await insertPublishedDecision(tx, appsDecision, decidedOn, griffie, new Date(`${addCalendarDays(decidedOn, 2)}T09:00:00Z`), [
    { ...start, ownerId: communication, doneOn: addCalendarDays(start.dueOn, -1), ...evidence },
    { ...completion, ownerId: ciso },
  ]);

  const pdf = await demoAttachment();
  const fileName = attachmentFileName(appsDecision.number, 1);
  const sha256 = createHash("sha256").update(pdf).digest("hex");
  const [attachment] = await tx.insert(decisionAttachments).values({
    decisionId: appsId, title: "Samenvatting advies VNG", fileName, sizeBytes: pdf.length, sha256, content: pdf, uploadedById: griffie,
  }).returning({ id: decisionAttachments.id });
  await writeAudit(tx, { ...SYSTEM, action: "decision.attachment.upload", objectType: "decision_attachment", objectId: attachment.id, after: { decisionId: appsId, fileName, sizeBytes: pdf.length, sha256 } });

  const loanDecidedOn = addCalendarDays(context.today, -60);
  await insertPublishedDecision(tx, loanDecision, loanDecidedOn, griffie, new Date(`${addCalendarDays(loanDecidedOn, 1)}T09:00:00Z`), [
    { title: "Aangepaste overeenkomst op intranet", dueOn: addCalendarDays(loanDecidedOn, 14), doneOn: addCalendarDays(loanDecidedOn, 10), ownerId: communication },
    { title: "Alle werktelefoons onder de nieuwe overeenkomst", dueOn: addCalendarDays(context.today, -4), ownerId: ciso },
  ]);
}
