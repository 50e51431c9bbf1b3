import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viewerFor } from "@/test/action-harness";
import { seededDb, testDatabases } from "@/test/databases";
import { councilQuestionItems, councilQuestions, decisions, memos } from "@/db/schema";
import type { Db } from "@/db/client";
import { HIT_END, HIT_START } from "./markers";
import { searchCouncil } from "./council-search";

// The one search box: ranked 'dutch' full-text search over memos, decisions and raadsvragen, showing each reader
// only what they may open.
describe.each(testDatabases)("zoeken op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  const WORD = "zeppelinapp";

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    const memo = (subject: string, body: string, audiences: ("council" | "staff")[], number: number | null) => ({
      subject, sender: "De griffier", memoDate: "2026-11-01", audiences, body, contactName: "Sanne Jansen", number, publishedAt: number ? new Date() : null,
    });
    await db.insert(memos).values([
      memo(`De ${WORD} gaat van de telefoon`, "Korte tekst.", ["council"], 7001),
      memo("Nieuwe lijst", `Ook de ${WORD} staat nu op de lijst, naast andere apps.`, ["staff"], 7002),
      memo(`Concept over de ${WORD}`, "Nog niet klaar.", ["council"], null),
    ]);
    await db.insert(decisions).values([
      { number: "Z-1", decidedOn: "2026-10-01", subject: "Besluit in concept", decisionPoints: `De ${WORD} verbieden.`, publishedAt: null },
      { number: "Z-2", decidedOn: "2026-10-02", subject: "Gepubliceerd besluit", decisionPoints: `Het college verbiedt de ${WORD} op werktelefoons.`, publishedAt: new Date() },
    ]);
    const [open, answered] = await db
      .insert(councilQuestions)
      .values([
        { reference: "Z-OPEN", subject: "Open vragen", submitters: ["A. Indiener"], faction: "Fractie A", receivedOn: "2026-11-01", rulesArticle: "artikel 41", answerTermDays: 30 },
        { reference: "Z-ANTW", subject: "Beantwoorde vragen", submitters: ["B. Indiener"], faction: "Fractie B", receivedOn: "2026-09-01", rulesArticle: "artikel 41", answerTermDays: 30 },
      ])
      .returning({ id: councilQuestions.id });
    await db.insert(councilQuestionItems).values([
      { questionId: open.id, number: 1, question: `Staat de ${WORD} op uw lijst?` },
      { questionId: answered.id, number: 1, question: "Welke apps staan op de lijst?", answer: `Onder meer de ${WORD}.` },
    ]);
    const { eq } = await import("drizzle-orm");
    await db.update(councilQuestions).set({ answerPublishedAt: new Date(), answerLetterDate: "2026-10-01", signatories: ["De burgemeester"] }).where(eq(councilQuestions.id, answered.id));
  });
  afterAll(() => close());

  const titles = async (email: string, text = WORD) => (await searchCouncil(db, await viewerFor(db, email), text)).map((h) => h.title);

  it("ranks a match in the subject above a match in the body", async () => {
    const ranked = await titles("griffie@voorbeeld.nl");
    expect(ranked.indexOf(`Memo 7001: De ${WORD} gaat van de telefoon`)).toBeLessThan(ranked.indexOf("Memo 7002: Nieuwe lijst"));
  });

  it("gives the griffie everything, drafts and open raadsvragen included", async () => {
    expect(await titles("griffie@voorbeeld.nl")).toHaveLength(7);
  });

  it("gives a raadslid only the raad's published memo, the published decision and the answered raadsvraag", async () => {
    expect((await titles("raadslid@voorbeeld.nl")).sort()).toEqual(
      [`Memo 7001: De ${WORD} gaat van de telefoon`, "Collegebesluit Z-2: Gepubliceerd besluit", "Raadsvraag Z-ANTW: Beantwoorde vragen"].sort(),
    );
  });

  it("never gives a medewerker a memo addressed only to the raad", async () => {
    const found = await titles("medewerker@voorbeeld.nl");
    expect(found).toContain("Memo 7002: Nieuwe lijst");
    expect(found.some((t) => t.startsWith("Memo 7001"))).toBe(false);
  });

  it("marks the matching words in the passage", async () => {
    const [hit] = await searchCouncil(db, await viewerFor(db, "raadslid@voorbeeld.nl"), `"${WORD}" telefoon`);
    expect(hit.passage).toContain(`${HIT_START}${WORD}${HIT_END}`);
  });

  it("finds a raadsvraag by the text of its answers", async () => {
    const [hit] = (await searchCouncil(db, await viewerFor(db, "raadslid@voorbeeld.nl"), WORD)).filter((h) => h.kind === "council_question");
    expect(hit.passage).toContain(`Onder meer de ${HIT_START}${WORD}${HIT_END}`);
  });

  it("searches in Dutch: a stop word alone finds nothing", async () => {
    expect(await titles("griffie@voorbeeld.nl", "de")).toEqual([]);
  });

  it.each(['"', "!!!", "a & b | c", "de OR -", "\\", "'; drop table memo; --"])("does not fail on the input %s", async (text) => {
    await expect(searchCouncil(db, await viewerFor(db, "griffie@voorbeeld.nl"), text)).resolves.toBeInstanceOf(Array);
  });
});
