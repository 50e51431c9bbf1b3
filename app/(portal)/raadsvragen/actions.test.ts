import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { auditEvents, councilQuestionDelays, councilQuestionItems, councilQuestions, organisation } from "@/db/schema";
import type { Db } from "@/db/client";
import { getCouncilQuestion, listCouncilQuestions } from "@/db/queries/council-questions";
import { getVisibleCouncilQuestion } from "@/lib/council-questions/access";
import { addDaysIso } from "@/lib/council-questions/answer-term";
import { todayIso } from "@/lib/dates";
import { publishAnswerAction, recordDelayAction, registerQuestionAction, saveAnswersAction, updateQuestionAction } from "./actions";

describe.each(testDatabases)("raadsvragen registreren, beantwoorden en publiceren op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let griffie: TestViewer;
  let ciso: TestViewer;
  let staff: TestViewer;
  let councillor: TestViewer;
  const today = todayIso();
  let serial = 0;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    griffie = await viewerFor(db, "griffie@voorbeeld.nl");
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
    staff = await viewerFor(db, "medewerker@voorbeeld.nl");
    councillor = await viewerFor(db, "raadslid@voorbeeld.nl");
  });
  afterAll(() => close());

  const fields = (over: Record<string, string> = {}) => ({
    reference: `TEST 2026-${++serial}`,
    subject: "Gebruik van TikTok op werktelefoons",
    submitters: "A. de Wit\nB. Yilmaz",
    faction: "Partij voor Voorbeeld",
    questionType: "schriftelijke vragen",
    receivedOn: addDaysIso(today, -3),
    rulesArticle: "artikel 41",
    introduction: "Het Rijk ontraadt de app op werktelefoons.",
    questions: "1. Kent het college het bericht?\n\n2. Staat de app op werktelefoons?\n\n3. Wat gaat het college doen?",
    ...over,
  });
  const row = async (id: number) => (await db.select().from(councilQuestions).where(eq(councilQuestions.id, id)))[0];
  const items = (id: number) => db.select().from(councilQuestionItems).where(eq(councilQuestionItems.questionId, id)).orderBy(councilQuestionItems.number);
  const countWith = async (reference: string) => (await db.select({ n: count() }).from(councilQuestions).where(eq(councilQuestions.reference, reference)))[0].n;

  async function register(over: Record<string, string> = {}) {
    harness.viewer = griffie;
    const { state, redirectTo } = await call(registerQuestionAction, fields(over));
    expect(state, JSON.stringify(state)).toBeNull();
    return Number(redirectTo!.split("/").pop());
  }
  const answerAll = (id: number) => {
    harness.viewer = ciso;
    return call(saveAnswersAction, { id: String(id), "answer-1": "Ja.", "answer-2": "Op drie toestellen.", "answer-3": "Het college verwijdert de app." });
  };
  const publish = (id: number, over: Record<string, string> = {}) => {
    harness.viewer = griffie;
    return call(publishAnswerAction, { id: String(id), answerLetterDate: today, signatories: "De secretaris, I. Vos\nDe burgemeester, J. Smit", confirm: "ja", ...over });
  };

  it("demo data: the eight Den Haag questions answered and published with signatories, one overdue and one recent open raadsvraag", async () => {
    const demo = (await listCouncilQuestions(db, { includeOpen: true, today })).filter((q) => q.reference.startsWith("RV "));
    expect(demo.map((q) => q.state).sort()).toEqual(["answered", "open", "overdue"]);
    const answered = (await getCouncilQuestion(db, demo.find((q) => q.state === "answered")!.id))!;
    expect(answered.items).toHaveLength(8);
    expect(answered.items.every((i) => i.answer)).toBe(true);
    expect(answered.signatories).toHaveLength(2);
    const published = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "question.publish"), eq(auditEvents.objectId, String(answered.id))));
    expect(published).toHaveLength(1);
  });

  it("the griffie registers: fields, numbered questions, the organisation's term copied, audited", async () => {
    await db.update(organisation).set({ councilAnswerTermDays: 28 }).where(eq(organisation.id, 1));
    const id = await register({ reference: "TEST-REG-1" });
    await db.update(organisation).set({ councilAnswerTermDays: 30 }).where(eq(organisation.id, 1));
    expect(await row(id)).toMatchObject({ reference: "TEST-REG-1", submitters: ["A. de Wit", "B. Yilmaz"], faction: "Partij voor Voorbeeld", answerTermDays: 28, registeredById: griffie.id, answerPublishedAt: null });
    expect((await items(id)).map((i) => [i.number, i.question])).toEqual([[1, "Kent het college het bericht?"], [2, "Staat de app op werktelefoons?"], [3, "Wat gaat het college doen?"]]);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "question.register", actorId: griffie.id, objectType: "council_question", objectId: String(id), result: "success" });
    expect((await getCouncilQuestion(db, id))?.dueOn).toBe(addDaysIso(addDaysIso(today, -3), 28));
  });

  it.each([
    ["reference", { reference: "" }, /kenmerk/],
    ["submitters", { submitters: "\n  \n" }, /minstens één indiener/],
    ["receivedOn", { receivedOn: addDaysIso(today, 1) }, /na vandaag/],
    ["receivedOn", { receivedOn: "2026-02-30" }, /bestaande datum/],
    ["questions", { questions: "\n\n" }, /minstens één vraag/],
    ["rulesArticle", { rulesArticle: "" }, /Reglement van Orde/],
  ])("bad %s gives its Dutch message, keeps the typed values and stores nothing", async (field, over, message) => {
    harness.viewer = griffie;
    const input = fields(over);
    const { state } = await call(registerQuestionAction, input);
    expect(state?.fieldErrors?.[field]?.[0]).toMatch(message);
    expect(state?.values).toMatchObject({ subject: input.subject, questions: input.questions });
    expect(await countWith(input.reference)).toBe(0);
  });

  it("a duplicate reference, also from 50 parallel requests, stores one row and says so in Dutch", async () => {
    harness.viewer = griffie;
    const input = fields({ reference: "TEST-DUBBEL" });
    const results = await Promise.all(Array.from({ length: 50 }, () => call(registerQuestionAction, input)));
    expect(results.filter((r) => r.redirectTo)).toHaveLength(1);
    for (const r of results.filter((r) => !r.redirectTo)) {
      expect(r.state?.message).toMatch(/al een raadsvraag met het kenmerk TEST-DUBBEL/);
      expect(r.state?.fieldErrors?.reference?.[0]).toMatch(/al in gebruik/);
    }
    expect(await countWith("TEST-DUBBEL")).toBe(1);
    const registered = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "question.register"), eq(auditEvents.result, "success")));
    expect(registered.filter((e) => (e.after as { reference?: string })?.reference === "TEST-DUBBEL")).toHaveLength(1);
  });

  it("the griffie edits an unanswered raadsvraag; a drafted answer stays with its number", async () => {
    const id = await register();
    await answerAll(id);
    harness.viewer = griffie;
    const { redirectTo } = await call(updateQuestionAction, { ...fields({ reference: `TEST-EDIT-${id}`, subject: "Nieuw onderwerp" }), id: String(id), questions: "Kent het college het bericht?\n\nStaat de app op telefoons van de gemeente?" });
    expect(redirectTo).toBe(`/raadsvragen/${id}`);
    expect(await row(id)).toMatchObject({ reference: `TEST-EDIT-${id}`, subject: "Nieuw onderwerp" });
    expect((await items(id)).map((i) => [i.number, i.question, i.answer])).toEqual([[1, "Kent het college het bericht?", "Ja."], [2, "Staat de app op telefoons van de gemeente?", "Op drie toestellen."]]);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "question.update", after: { removedQuestionNumbers: [3] } });
  });

  it("the CISO saves drafts per question; empty stays unanswered; audited as question.answer", async () => {
    const id = await register();
    harness.viewer = ciso;
    const { redirectTo } = await call(saveAnswersAction, { id: String(id), "answer-1": "Ja.", "answer-2": "", "answer-3": "" });
    expect(redirectTo).toBe(`/raadsvragen/${id}/antwoorden`);
    expect((await items(id)).map((i) => i.answer)).toEqual(["Ja.", null, null]);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "question.answer", actorId: ciso.id, objectId: String(id), after: { changedAnswers: [1], unanswered: [2, 3] } });
  });

  it("publishing is refused while an answer is missing, naming the numbers; nothing changes", async () => {
    const id = await register();
    harness.viewer = ciso;
    await call(saveAnswersAction, { id: String(id), "answer-2": "Nee." });
    const { state } = await publish(id);
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining("de vragen 1 en 3 hebben nog geen antwoord") });
    expect((await row(id)).answerPublishedAt).toBeNull();
  });

  it("50 parallel publishes give one letter and one audit row; then the raadsvraag is frozen", async () => {
    const id = await register();
    await answerAll(id);
    const results = await Promise.all(Array.from({ length: 50 }, () => publish(id)));
    expect(results.filter((r) => r.redirectTo)).toHaveLength(1);
    for (const r of results.filter((r) => !r.redirectTo)) expect(r.state?.message).toMatch(/al gepubliceerd/);
    const published = await row(id);
    expect(published).toMatchObject({ answerLetterDate: today, signatories: ["De secretaris, I. Vos", "De burgemeester, J. Smit"], answerPublishedById: griffie.id });
    const rows = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "question.publish"), eq(auditEvents.objectId, String(id)), eq(auditEvents.result, "success")));
    expect(rows).toHaveLength(1);

    // The actions refuse with a clear message …
    harness.viewer = ciso;
    expect((await call(saveAnswersAction, { id: String(id), "answer-1": "Anders." })).state?.message).toMatch(/al gepubliceerd/);
    harness.viewer = griffie;
    expect((await call(updateQuestionAction, { ...fields(), id: String(id) })).state?.message).toMatch(/al gepubliceerd/);
    expect((await call(recordDelayAction, { id: String(id), noticeOn: today, newDueOn: addDaysIso(today, 60), reason: "Meer tijd nodig voor overleg." })).state?.message).toMatch(/al gepubliceerd/);
    // … and the database refuses what gets past them.
    await expect(db.update(councilQuestionItems).set({ answer: "Anders." }).where(eq(councilQuestionItems.questionId, id))).rejects.toThrow();
    await expect(db.update(councilQuestions).set({ subject: "Anders" }).where(eq(councilQuestions.id, id))).rejects.toThrow();
    expect((await items(id))[0].answer).toBe("Ja.");
    expect((await row(id)).answerPublishedAt?.getTime()).toBe(published.answerPublishedAt?.getTime());
  });

  it("a delay notice moves the due date; an earlier new date is refused", async () => {
    const id = await register({ receivedOn: "2025-12-15" });
    expect((await getCouncilQuestion(db, id))?.dueOn).toBe("2026-01-14");
    harness.viewer = griffie;
    const early = await call(recordDelayAction, { id: String(id), noticeOn: "2026-01-10", newDueOn: "2026-01-14", reason: "Meer tijd nodig voor overleg." });
    expect(early.state?.fieldErrors?.newDueOn?.[0]).toMatch(/14 januari 2026/);
    expect((await call(recordDelayAction, { id: String(id), noticeOn: "2026-01-10", newDueOn: "2026-02-11", reason: "Het college wacht op het advies van de VNG." })).redirectTo).toBe(`/raadsvragen/${id}`);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "question.delay", before: { dueOn: "2026-01-14" }, after: { dueOn: "2026-02-11" } });
    expect((await getCouncilQuestion(db, id))?.dueOn).toBe("2026-02-11");
    await call(recordDelayAction, { id: String(id), noticeOn: "2026-02-05", newDueOn: "2026-03-04", reason: "Nog een keer uitstel: overleg met de ondernemingsraad." });
    const view = await getCouncilQuestion(db, id);
    expect(view?.dueOn).toBe("2026-03-04");
    expect(view?.delays).toHaveLength(2);
    const listed = (await listCouncilQuestions(db, { includeOpen: true, today: "2026-03-05" })).find((q) => q.id === id);
    expect(listed).toMatchObject({ dueOn: "2026-03-04", state: "overdue" });
    await expect(db.delete(councilQuestionDelays).where(eq(councilQuestionDelays.questionId, id))).rejects.toThrow();
  });

  it("a medewerker or raadslid calling register, answer, publish or delay directly changes nothing; logged as denied", async () => {
    const id = await register();
    for (const viewer of [staff, councillor]) {
      harness.viewer = viewer;
      const attempts: [() => Promise<{ state: unknown }>, string][] = [
        [() => call(registerQuestionAction, fields({ reference: "TEST-NIET" })), "questions.register"],
        [() => call(updateQuestionAction, { ...fields(), id: String(id) }), "questions.register"],
        [() => call(recordDelayAction, { id: String(id), noticeOn: today, newDueOn: addDaysIso(today, 90), reason: "Meer tijd nodig voor overleg." }), "questions.register"],
        [() => call(saveAnswersAction, { id: String(id), "answer-1": "Nee." }), "questions.answer"],
        [() => call(publishAnswerAction, { id: String(id), answerLetterDate: today, signatories: "X", confirm: "ja" }), "questions.register"],
      ];
      for (const [attempt, permission] of attempts) {
        expect((await attempt()).state).toMatchObject({ ok: false, message: expect.stringContaining("geen toestemming") });
        expect(await lastAuditEvent(db)).toMatchObject({ actorId: viewer.id, objectType: "permission", objectId: permission, result: "denied" });
      }
    }
    expect(await countWith("TEST-NIET")).toBe(0);
    expect((await items(id)).every((i) => i.answer === null)).toBe(true);
    expect(await db.select().from(councilQuestionDelays).where(eq(councilQuestionDelays.questionId, id))).toHaveLength(0);
  });

  it("the CISO cannot register or publish; the griffie cannot draft answers", async () => {
    const id = await register();
    harness.viewer = ciso;
    expect((await call(registerQuestionAction, fields({ reference: "TEST-CISO" }))).state).toMatchObject({ ok: false });
    expect(await lastAuditEvent(db)).toMatchObject({ actorId: ciso.id, objectId: "questions.register", result: "denied" });
    await answerAll(id);
    harness.viewer = ciso;
    expect((await call(publishAnswerAction, { id: String(id), answerLetterDate: today, signatories: "X", confirm: "ja" })).state).toMatchObject({ ok: false });
    expect(await lastAuditEvent(db)).toMatchObject({ actorId: ciso.id, action: "question.publish", objectId: "questions.register", result: "denied" });
    harness.viewer = griffie;
    expect((await call(saveAnswersAction, { id: String(id), "answer-1": "Door de griffie" })).state).toMatchObject({ ok: false });
    expect(await lastAuditEvent(db)).toMatchObject({ actorId: griffie.id, objectId: "questions.answer", result: "denied" });
    expect(await countWith("TEST-CISO")).toBe(0);
    expect((await row(id)).answerPublishedAt).toBeNull();
    expect((await items(id))[0].answer).toBe("Ja.");
  });

  it("a reader cannot open an unanswered raadsvraag (logged as denied) and sees it once published", async () => {
    const id = await register();
    expect(await getVisibleCouncilQuestion(db, councillor, id, null)).toBeNull();
    expect(await lastAuditEvent(db)).toMatchObject({ actorId: councillor.id, action: "page.open", objectType: "council_question", objectId: String(id), result: "denied" });
    expect((await listCouncilQuestions(db, { includeOpen: false, today })).some((q) => q.id === id)).toBe(false);
    expect(await getVisibleCouncilQuestion(db, griffie, id, null)).toMatchObject({ id });
    await answerAll(id);
    await publish(id);
    expect(await getVisibleCouncilQuestion(db, councillor, id, null)).toMatchObject({ id, signatories: ["De secretaris, I. Vos", "De burgemeester, J. Smit"] });
    expect((await listCouncilQuestions(db, { includeOpen: false, today })).find((q) => q.id === id)).toMatchObject({ state: "answered" });
  });
});
