import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, testDatabases } from "@/test/databases";
import type { Db } from "@/db/client";
import { councilQuestionDelays, councilQuestionItems, councilQuestions } from "@/db/schema";
import { dueOn, questionState } from "@/lib/council-questions/answer-term";
import { countCouncilQuestionsByState, getCouncilQuestion, listCouncilQuestions } from "./council-questions";

describe.each(testDatabases)("raadsvragen: termijn en stand in de lijst op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  const today = "2026-01-20";

  async function insert(reference: string, receivedOn: string, answerTermDays: number, delays: string[] = [], published = false) {
    const [q] = await db.insert(councilQuestions).values({ reference, subject: `Onderwerp ${reference}`, submitters: ["A. de Wit"], faction: "Fractie", receivedOn, rulesArticle: "artikel 41", answerTermDays }).returning();
    await db.insert(councilQuestionItems).values({ questionId: q.id, number: 1, question: "Vraag?", answer: published ? "Antwoord." : null });
    for (const newDueOn of delays) await db.insert(councilQuestionDelays).values({ questionId: q.id, noticeOn: receivedOn, newDueOn, reason: "Meer tijd nodig." });
    if (published) await db.update(councilQuestions).set({ answerPublishedAt: new Date("2026-01-10T10:00:00Z"), answerLetterDate: "2026-01-10" }).where(eq(councilQuestions.id, q.id));
    return q.id;
  }

  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
  });
  afterAll(() => close());

  it("computes due date and state in SQL exactly as the answer-term rule does, with and without delay notices, across a year end", async () => {
    const cases = [
      { ref: "JAAR", receivedOn: "2025-12-15", term: 30, delays: [] as string[] }, // 2026-01-14: overdue
      { ref: "UITSTEL", receivedOn: "2025-12-15", term: 30, delays: ["2026-01-25"] }, // due soon
      { ref: "TWEE-KEER", receivedOn: "2025-12-01", term: 30, delays: ["2026-01-05", "2026-02-28"] }, // open
      { ref: "GRENS", receivedOn: "2025-12-28", term: 30, delays: [] }, // 2026-01-27: exactly 7 days → due soon
      { ref: "VANDAAG", receivedOn: "2025-12-21", term: 30, delays: [] }, // 2026-01-20: due today, not yet late
    ];
    const ids: Record<string, number> = {};
    for (const c of cases) ids[c.ref] = await insert(c.ref, c.receivedOn, c.term, c.delays);
    const list = await listCouncilQuestions(db, { includeOpen: true, today });
    for (const c of cases) {
      const expectedDue = dueOn({ receivedOn: c.receivedOn, answerTermDays: c.term, delays: c.delays.map((newDueOn, i) => ({ id: i + 1, newDueOn })) });
      expect(list.find((q) => q.id === ids[c.ref]), c.ref).toMatchObject({ dueOn: expectedDue, state: questionState(expectedDue, null, today) });
      expect((await getCouncilQuestion(db, ids[c.ref]))?.dueOn).toBe(expectedDue);
    }
    expect(Object.fromEntries(list.map((q) => [q.reference, [q.dueOn, q.state]]))).toMatchObject({
      JAAR: ["2026-01-14", "overdue"],
      UITSTEL: ["2026-01-25", "due_soon"],
      "TWEE-KEER": ["2026-02-28", "open"],
      GRENS: ["2026-01-27", "due_soon"],
      VANDAAG: ["2026-01-20", "due_soon"],
    });
  });

  it("sorts open ones by due date, answered last; readers' list holds only answered ones; counts per state", async () => {
    const answered = await insert("BEANTWOORD", "2025-11-01", 30, [], true);
    const list = await listCouncilQuestions(db, { includeOpen: true, today });
    expect(list.map((q) => q.reference)).toEqual(["JAAR", "VANDAAG", "UITSTEL", "GRENS", "TWEE-KEER", "BEANTWOORD"]);
    expect(list.at(-1)).toMatchObject({ id: answered, state: "answered", submitters: ["A. de Wit"], faction: "Fractie" });
    expect((await listCouncilQuestions(db, { includeOpen: false, today })).map((q) => q.id)).toEqual([answered]);
    expect(await countCouncilQuestionsByState(db, today)).toEqual({ open: 1, due_soon: 3, overdue: 1, answered: 1 });
  });
});
