import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  councilQuestionItems,
  councilQuestions,
  decisionAttachments,
  decisionMilestones,
  decisions,
  listVersions,
  memos,
  users,
} from "@/db/schema";

// Test data for the council open data, written straight into the tables (as the griffie's pages would leave it),
// so the API tests do not depend on the actions or the demo seed. Every call makes unique references.

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${++counter}`;

/** Someone whose name and address must never reach the open data. */
export async function insertPerson(db: Db) {
  const tag = unique();
  const [row] = await db.insert(users).values({ email: `eigenaar-${tag}@gemeente.test`, name: `Geheime Eigenaar ${tag}` }).returning();
  return row;
}

export async function insertQuestion(
  db: Db,
  options: { answered: boolean; receivedOn?: string; items?: { question: string; answer: string | null }[] },
) {
  const [question] = await db
    .insert(councilQuestions)
    .values({
      reference: `RIS ${unique()}`,
      subject: "TikTok op zakelijke apparaten",
      submitters: ["A. de Vries", "B. Jansen"],
      faction: "Voorbeeldpartij",
      receivedOn: options.receivedOn ?? "2023-03-21",
      rulesArticle: "artikel 30",
      introduction: "Op 21 maart 2023 berichtte de NOS over TikTok.",
      answerTermDays: 30,
    })
    .returning({ id: councilQuestions.id, reference: councilQuestions.reference });
  const items = options.items ?? [
    { question: "Is het college bekend met het artikel?", answer: "Ja." },
    { question: "Deelt het college de zorgen?", answer: "Het college ziet mogelijke risico's." },
  ];
  // Items first: the database freezes them once the answer is published.
  if (items.length) await db.insert(councilQuestionItems).values(items.map((item, i) => ({ questionId: question.id, number: i + 1, ...item })));
  if (options.answered) {
    await db
      .update(councilQuestions)
      .set({ answerLetterDate: "2023-05-09", signatories: ["de secretaris", "de burgemeester"], answerPublishedAt: new Date("2023-05-09T08:00:00Z") })
      .where(eq(councilQuestions.id, question.id));
  }
  return question;
}

export async function insertMemo(db: Db, published: boolean) {
  const number = published ? 100_000 + Math.floor(Math.random() * 900_000) : null;
  const [memo] = await db
    .insert(memos)
    .values({ number, subject: "Apps op werktelefoons", sender: "De CISO", memoDate: "2023-06-19", body: "Tekst", contactName: "De CISO", publishedAt: published ? new Date() : null })
    .returning({ id: memos.id, number: memos.number });
  return memo;
}

export async function insertListVersion(db: Db) {
  const [latest] = await db.select({ number: listVersions.number }).from(listVersions).orderBy(listVersions.number).limit(1);
  const number = (latest?.number ?? 0) + 500 + Math.floor(Math.random() * 10_000);
  const [row] = await db
    .insert(listVersions)
    .values({ number, publishedByName: "test", note: "test", changelog: { apps: { added: [], removed: [], changed: [] }, countries: { added: [], removed: [], changed: [] } } })
    .returning({ id: listVersions.id, number: listVersions.number });
  return row;
}

type MilestoneInput = { title: string; dueOn: string; doneOn?: string | null; ownerId?: string; evidenceMemoId?: number; evidenceListVersionId?: number };

export async function insertDecision(
  db: Db,
  options: { published: boolean; decidedOn?: string; status?: "in_progress" | "completed" | "withdrawn"; milestones?: MilestoneInput[]; uploadedById?: string },
) {
  const [decision] = await db
    .insert(decisions)
    .values({
      number: `2023-${unique()}`,
      decidedOn: options.decidedOn ?? "2023-06-06",
      subject: "Weren van apps uit landen met een offensief cyberprogramma",
      decisionPoints: "1. Het VNG-advies volgen.",
      arguments: "Advies van de AIVD.",
      considerations: "Geen.",
      finances: "Geen extra kosten.",
      communication: "Via intranet.",
      status: options.status ?? "in_progress",
      publishedAt: options.published ? new Date("2023-06-07T09:30:00Z") : null,
    })
    .returning({ id: decisions.id, number: decisions.number });
  const milestones = options.milestones ?? [];
  if (milestones.length) {
    await db.insert(decisionMilestones).values(milestones.map((m, position) => ({ decisionId: decision.id, position, doneOn: null, ...m })));
  }
  await db.insert(decisionAttachments).values({
    decisionId: decision.id,
    title: "Advies VNG",
    fileName: `besluit-${decision.number}-bijlage-1.pdf`,
    sizeBytes: 12,
    sha256: "0".repeat(64),
    content: Buffer.from("%PDF-1.4\n%%EOF"),
    uploadedById: options.uploadedById,
  });
  return decision;
}
