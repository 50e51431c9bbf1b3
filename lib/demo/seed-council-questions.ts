import type { Tx } from "@/db/client";
import { councilQuestionItems, councilQuestions } from "@/db/schema";
import { eq } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/chain";
import { addDaysIso } from "@/lib/council-questions/answer-term";
import type { CouncilSeedContext } from "@/lib/demo/seed-council";

const SYSTEM = { actorId: null, actorLabel: "systeem (demogegevens)", result: "success" as const, ip: null };
const DAY = 24 * 3600 * 1000;
const TERM_DAYS = 30;

type DemoQuestion = {
  reference: string;
  subject: string;
  submitters: string[];
  faction: string;
  receivedOn: string;
  introduction: string;
  items: { question: string; answer?: string }[];
};

// After the eight written questions to the college of Den Haag and its answers (seed 000), told again for the
// fictional Gemeente Voorbeeld: shortened, in our own words, with made-up names.
const tiktokQuestions = (receivedOn: string): DemoQuestion => ({
  reference: `RV ${receivedOn.slice(0, 4)}-031`,
  subject: "TikTok op telefoons en tablets van de gemeente",
  submitters: ["Lotte Verbeek-Aarts"],
  faction: "Lokaal Voorbeeld",
  receivedOn,
  introduction:
    "Volgens een rondgang van de NOS verbieden weinig grote werkgevers de app TikTok op zakelijke apparaten, hoewel de zorgen over de app toenemen. Het moederbedrijf is in Chinese handen. Onduidelijk is welke gegevens de app verzamelt, waar die worden bewaard en wie erbij kan. Het Rijk raadt rijksambtenaren de app op werktelefoons af en wil het gebruik zo snel mogelijk technisch onmogelijk maken.",
  items: [
    { question: "Kent het college het bericht dat grote werkgevers TikTok op zakelijke apparaten toestaan?", answer: "Ja." },
    {
      question: "Vindt het college ook dat aan TikTok veiligheidsrisico's kleven en dat China de app kan misbruiken?",
      answer: "Het college vindt dat er mogelijk veiligheidsrisico's zijn. Misbruik is niet uit te sluiten.",
    },
    {
      question: "Gelden er nu regels voor het gebruik van telefoons en andere apparaten van de gemeente? Zijn er bijvoorbeeld apps die ambtenaren niet mogen of kunnen installeren? Zo ja, welke regels zijn dat?",
      answer: "Ja. De regeling voor het gebruik van ICT-middelen en gemeentelijke informatie staat af en toe privégebruik toe, maar de regels voor integriteit gelden altijd.",
    },
    {
      question: "Kunnen ambtenaren van de gemeente TikTok installeren op hun werkapparaten? Zo nee, waarom niet?",
      answer: "Technisch kan dat. De gemeente raadt TikTok af en kan zien op welke werkapparaten de app staat. De gemeente gaat dat volgen en haalt de app van de werktelefoons, zoals het Rijk ook doet.",
    },
    {
      question: "Is het college bereid om, net als het Rijk, de app af te raden en installatie zo snel als praktisch kan onmogelijk te maken?",
      answer: "Ja. Wij raden de app af en halen hem van de werkapparaten, zoals in het antwoord op vraag 4 staat.",
    },
    {
      question: "Wil het college breder kijken naar de risico's van apps op werkapparaten, en overstappen op Enterprise Mobility Management, waarbij alleen apps die de beheerder toestaat centraal worden vrijgegeven? Zo nee, waarom niet?",
      answer: "Ja, in lijn met het advies van de AIVD en het besluit van het Rijk over apps uit landen met een offensief cyberprogramma. Voor Enterprise Mobility Management moet het gebruik van werkapparaten veranderen, en een deel van de apparaten is daar niet geschikt voor. Ook zoekt de gemeente naar manieren om de risico's voor veiligheid en privacy verder te verkleinen.",
    },
    { question: "Vindt het college het ook onwenselijk dat de gemeente zelf actief is op TikTok, nu er zorgen zijn over de privacy? Zo nee, waarom niet?", answer: "Ja." },
    { question: "Is het college bereid het TikTok-account van de gemeente op te heffen en niet meer op dit sociale medium actief te zijn?", answer: "Ja. Zie ook de antwoorden op de vragen 4 en 5." },
  ],
});

// Past its term and not yet answered: shows the griffie what "te laat" looks like. One answer is drafted.
const telegramQuestions = (receivedOn: string): DemoQuestion => ({
  reference: `RV ${receivedOn.slice(0, 4)}-058`,
  subject: "Telegram en andere berichtenapps op werktelefoons",
  submitters: ["Daan Hoekstra", "Mirjam Koster"],
  faction: "Groen Voorbeeld",
  receivedOn,
  introduction: "Andere gemeenten overwegen ook Telegram van werktelefoons te weren. De indieners willen weten hoe Gemeente Voorbeeld daarin staat.",
  items: [
    { question: "Staat Telegram op de lijst van apps die niet op werkapparaten mogen staan?", answer: "Nee. Telegram staat niet op de lijst. De CISO bekijkt de app bij de volgende herziening." },
    { question: "Op hoeveel werktelefoons staat Telegram nu?" },
    { question: "Wanneer besluit het college of Telegram op de lijst komt?" },
  ],
});

const recentQuestions = (receivedOn: string): DemoQuestion => ({
  reference: `RV ${receivedOn.slice(0, 4)}-071`,
  subject: "Apps op de tablets van raadsleden",
  submitters: ["Kees Brouwer"],
  faction: "Voorbeeld Vooruit",
  receivedOn,
  introduction: "Raadsleden krijgen een tablet van de gemeente voor hun raadswerk.",
  items: [
    { question: "Gelden de regels voor apps uit risicolanden ook voor de tablets van raadsleden?" },
    { question: "Hoe hoort een raadslid dat een app op de lijst is gekomen?" },
  ],
});

async function insertQuestion(tx: Tx, q: DemoQuestion, ctx: CouncilSeedContext, answeredAt: Date) {
  const [row] = await tx
    .insert(councilQuestions)
    .values({
      reference: q.reference, subject: q.subject, submitters: q.submitters, faction: q.faction, receivedOn: q.receivedOn,
      rulesArticle: "artikel 41", introduction: q.introduction, answerTermDays: TERM_DAYS, registeredById: ctx.userId("griffie@voorbeeld.nl"),
      createdAt: new Date(`${q.receivedOn}T10:00:00Z`),
    })
    .returning();
  await tx.insert(councilQuestionItems).values(
    q.items.map((item, i) => ({
      questionId: row.id, number: i + 1, question: item.question, answer: item.answer ?? null,
      answeredById: item.answer ? ctx.userId("ciso@voorbeeld.nl") : null, answeredAt: item.answer ? answeredAt : null,
    })),
  );
  await writeAudit(tx, { ...SYSTEM, action: "question.register", objectType: "council_question", objectId: row.id, after: { reference: q.reference, receivedOn: q.receivedOn, answerTermDays: TERM_DAYS, questions: q.items.length } });
  const answered = q.items.flatMap((item, i) => (item.answer ? [i + 1] : []));
  if (answered.length) await writeAudit(tx, { ...SYSTEM, action: "question.answer", objectType: "council_question", objectId: row.id, after: { changedAnswers: answered } });
  return row.id;
}

/** The Den Haag questions answered and published, one raadsvraag past its term and one just received. */
export async function insertDemoCouncilQuestions(tx: Tx, ctx: CouncilSeedContext): Promise<void> {
  const answeredReceived = addDaysIso(ctx.today, -70);
  const letterDate = addDaysIso(answeredReceived, 26);
  const publishedAt = new Date(`${letterDate}T14:00:00Z`);
  const answeredId = await insertQuestion(tx, tiktokQuestions(answeredReceived), ctx, new Date(publishedAt.getTime() - 3 * DAY));
  const signatories = ["De secretaris, Ruben Aalders", "De burgemeester, Hanneke Verhoef"];
  // Items first, then the letter: once published the database freezes the raadsvraag and its items.
  await tx
    .update(councilQuestions)
    .set({ answerLetterDate: letterDate, signatories, answerPublishedAt: publishedAt, answerPublishedById: ctx.userId("griffie@voorbeeld.nl"), updatedAt: publishedAt })
    .where(eq(councilQuestions.id, answeredId));
  await writeAudit(tx, { ...SYSTEM, action: "question.publish", objectType: "council_question", objectId: answeredId, after: { answerLetterDate: letterDate, signatories } });

  await insertQuestion(tx, telegramQuestions(addDaysIso(ctx.today, -45)), ctx, new Date(ctx.now.getTime() - 20 * DAY));
  await insertQuestion(tx, recentQuestions(addDaysIso(ctx.today, -5)), ctx, ctx.now);
}
