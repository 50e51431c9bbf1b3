import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { freshDb, testDatabases } from "@/test/databases";
import { getPublishedCouncilQuestion, getPublishedDecision, listPublishedCouncilQuestions, listPublishedDecisions } from "./council-open-data";
import { insertDecision, insertMemo, insertPerson, insertQuestion } from "./council-open-data.fixtures";

// The reads behind the council open data: what is public and nothing more.
describe.each(testDatabases)("council open data reads on $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
  });
  afterAll(async () => close());

  it("finds an answered raadsvraag, not an unanswered one, by id or in the list", async () => {
    const answered = await insertQuestion(db, { answered: true });
    const open = await insertQuestion(db, { answered: false });
    expect(await getPublishedCouncilQuestion(db, answered.id)).toMatchObject({ reference: answered.reference, items: [{ number: 1 }, { number: 2 }] });
    expect(await getPublishedCouncilQuestion(db, open.id)).toBeNull();
    const { total, items } = await listPublishedCouncilQuestions(db, { offset: 0, limit: 10 });
    expect(total).toBe(1);
    expect(items.map((q) => q.id)).toEqual([answered.id]);
    expect(await listPublishedCouncilQuestions(db, { offset: 5, limit: 10 })).toEqual({ total: 1, items: [] });
  });

  it("finds a published decision, not a draft, and names evidence only once it is published", async () => {
    const person = await insertPerson(db);
    const memo = await insertMemo(db, true);
    const draftMemo = await insertMemo(db, false);
    const decision = await insertDecision(db, {
      published: true,
      milestones: [
        { title: "Met memo", dueOn: "2023-06-20", evidenceMemoId: memo.id, ownerId: person.id },
        { title: "Met conceptmemo", dueOn: "2023-06-21", evidenceMemoId: draftMemo.id },
      ],
    });
    const draft = await insertDecision(db, { published: false });
    const found = await getPublishedDecision(db, decision.id);
    expect(found?.milestones.map((m) => m.evidence)).toEqual([{ kind: "memo", number: memo.number }, null]);
    expect(Object.keys(found!.milestones[0]).sort()).toEqual(["doneOn", "dueOn", "evidence", "title"]);
    expect(Object.keys(found!.attachments[0]).sort()).toEqual(["fileName", "sizeBytes", "title"]);
    expect(await getPublishedDecision(db, draft.id)).toBeNull();
    expect((await listPublishedDecisions(db, { offset: 0, limit: 10 })).items.map((d) => d.id)).toEqual([decision.id]);
  });
});
