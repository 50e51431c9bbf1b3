import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNotNull } from "drizzle-orm";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { auditEvents, decisionAttachments, decisionMilestones, decisions, DEFAULT_REMINDER_LADDER, listVersions, policyVersions } from "@/db/schema";
import type { Db } from "@/db/client";
import { getDecision, listDecisions } from "@/db/queries/decisions";
import type { ActionState } from "@/lib/action";
import { todayIso } from "@/lib/dates";
import { addCalendarDays } from "@/lib/decisions/milestone-proposal";
import { checkPdf } from "@/lib/uploads/pdf";
import {
  createDecisionAction, createMilestoneAction, publishDecisionAction, removeAttachmentAction, removeMilestoneAction, updateDecisionAction,
  updateMilestoneAction, uploadAttachmentAction,
} from "./actions";
import { callWithFile, createDecisionAs, decisionInput, smallPdf, uniqueNumber } from "./decision-test-kit";

const today = todayIso();

describe.each(testDatabases)("collegebesluiten op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let griffie: TestViewer;
  let ciso: TestViewer;
  let raadslid: TestViewer;
  let staff: TestViewer;
  let policyId: number;
  let listId: number;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    griffie = await viewerFor(db, "griffie@voorbeeld.nl");
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
    raadslid = await viewerFor(db, "raadslid@voorbeeld.nl");
    staff = await viewerFor(db, "medewerker@voorbeeld.nl");
    [{ id: policyId }] = await db.select({ id: policyVersions.id }).from(policyVersions).where(isNotNull(policyVersions.publishedAt)).limit(1);
    [{ id: listId }] = await db.select({ id: listVersions.id }).from(listVersions).limit(1);
  });
  afterAll(() => close());

  const auditCount = (action: string, result: "success" | "denied" = "success") =>
    db.$count(auditEvents, and(eq(auditEvents.action, action), eq(auditEvents.result, result)));

  const createDecision = (overrides: Record<string, string> = {}) => createDecisionAs(griffie, overrides);

  it("the demo has the apps decision of seed 002 (communication done, completion at risk, a real PDF) and one overdue decision", async () => {
    const rows = await listDecisions(db, { includeDrafts: false });
    const apps = rows.find((r) => r.number === "2023-0412")!;
    expect(apps).toMatchObject({ progress: "at_risk", nextMilestone: { title: "Afronding", state: "due_soon" } });
    const decision = (await getDecision(db, apps.id))!;
    expect(decision.milestones.map((m) => [m.title, m.state])).toEqual([["Start communicatie", "done"], ["Afronding", "due_soon"]]);
    expect(decision.milestones[0].evidence).not.toBeNull();
    expect(decision.decisionPoints).toContain("communicatiekanaal");
    const [stored] = await db.select().from(decisionAttachments).where(eq(decisionAttachments.decisionId, apps.id));
    expect(checkPdf(stored.content, "x.pdf")).toMatchObject({ ok: true, sha256: stored.sha256 });
    expect(stored.fileName).toBe("besluit-2023-0412-bijlage-1.pdf");
    expect(rows.find((r) => r.number === "2023-0455")).toMatchObject({ progress: "overdue", nextMilestone: { state: "overdue" } });
    expect(await db.$count(auditEvents, and(eq(auditEvents.action, "decision.publish"), eq(auditEvents.actorLabel, "systeem (demogegevens)")))).toBe(2);
  });

  it("registers a decision with the proposed milestones (+2 and +8 weeks), as a draft, with audit rows", async () => {
    const { id, number } = await createDecision({ decidedOn: "2026-12-20" });
    const decision = (await getDecision(db, id))!;
    expect(decision).toMatchObject({ number, decidedOn: "2026-12-20", publishedAt: null, status: "in_progress", createdById: griffie.id });
    expect(decision.milestones.map((m) => [m.title, m.dueOn, m.doneOn])).toEqual([
      ["Start communicatie", "2027-01-03", null],
      ["Afronding", "2027-02-14", null],
    ]);
    const created = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "decision.create"), eq(auditEvents.objectId, String(id))));
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ actorId: griffie.id, result: "success", objectType: "council_decision" });
    expect(await lastAuditEvent(db)).toMatchObject({ action: "decision.milestone.create", objectType: "decision_milestone" });
  });

  it("registers without milestones when the proposal is not accepted", async () => {
    const { id } = await createDecision({ acceptMilestones: "" });
    expect((await getDecision(db, id))!.milestones).toEqual([]);
  });

  it("refuses bad input with a Dutch message per field, keeps what was typed and stores nothing", async () => {
    harness.viewer = griffie;
    const before = await db.$count(decisions);
    const { state } = await call(createDecisionAction, decisionInput({ number: "2023 0412; drop", decidedOn: "2026-02-30", subject: "", decisionPoints: "", status: "klaar" }));
    expect(state).toMatchObject({ ok: false, values: { number: "2023 0412; drop" } });
    const errors = state!.fieldErrors!;
    expect(errors.number[0]).toContain("alleen letters, cijfers");
    expect(errors.decidedOn[0]).toContain("datum van het besluit");
    expect(errors.subject[0]).toContain("onderwerp");
    expect(errors.decisionPoints[0]).toContain("beslispunten");
    expect(errors.status[0]).toContain("status");
    expect(await db.$count(decisions)).toBe(before);
  });

  it("refuses a number that is taken with a clear message; of 50 parallel registrations with one number exactly one is stored", async () => {
    const { number } = await createDecision();
    const again = await call(createDecisionAction, decisionInput({ number }));
    expect(again.state).toMatchObject({ ok: false, fieldErrors: { number: [`Nummer ${number} is al gebruikt. Kies het nummer dat het college aan dit besluit gaf.`] } });

    harness.viewer = griffie;
    const shared = uniqueNumber();
    const results = await Promise.all(Array.from({ length: 50 }, () => call(createDecisionAction, decisionInput({ number: shared }))));
    expect(results.filter((r) => r.redirectTo)).toHaveLength(1);
    for (const refused of results.filter((r) => !r.redirectTo)) expect(refused.state).toMatchObject({ ok: false, message: expect.stringContaining(`al een besluit met nummer ${shared}`) });
    expect(await db.$count(decisions, eq(decisions.number, shared))).toBe(1);
    const [{ id }] = await db.select({ id: decisions.id }).from(decisions).where(eq(decisions.number, shared));
    expect(await db.$count(decisionMilestones, eq(decisionMilestones.decisionId, id))).toBe(2);
  });

  it("updates a decision and records what changed; another decision's number is refused", async () => {
    const { id } = await createDecision();
    const other = await createDecision();
    harness.viewer = ciso;
    const base = { ...decisionInput(), id: String(id), number: (await getDecision(db, id))!.number };
    const taken = await call(updateDecisionAction, { ...base, number: other.number });
    expect(taken.state).toMatchObject({ ok: false, fieldErrors: { number: [expect.stringContaining("al gebruikt")] } });
    const { redirectTo } = await call(updateDecisionAction, { ...base, status: "completed", subject: "Nieuw onderwerp van het besluit" });
    expect(redirectTo).toBe(`/besluiten/${id}`);
    expect(await getDecision(db, id)).toMatchObject({ status: "completed", subject: "Nieuw onderwerp van het besluit", progress: "done" });
    expect(await lastAuditEvent(db)).toMatchObject({ action: "decision.update", actorId: ciso.id, before: { status: "in_progress" }, after: { status: "completed", subject: "Nieuw onderwerp van het besluit" } });
  });

  it("publishes only with a confirmation, once under 50 parallel publishes (one audit row), and never again", async () => {
    const { id, number } = await createDecision();
    harness.viewer = griffie;
    const unconfirmed = await call(publishDecisionAction, { id: String(id) });
    expect(unconfirmed.state).toMatchObject({ ok: false, fieldErrors: { confirm: [expect.stringContaining("vinkje")] } });
    const results = await Promise.all(Array.from({ length: 50 }, () => call(publishDecisionAction, { id: String(id), confirm: "ja" })));
    expect(results.filter((r) => r.redirectTo === `/besluiten/${id}`)).toHaveLength(1);
    for (const refused of results.filter((r) => !r.redirectTo)) expect(refused.state).toMatchObject({ ok: false, message: expect.stringContaining(`Besluit ${number} is al gepubliceerd`) });
    expect(await db.$count(auditEvents, and(eq(auditEvents.action, "decision.publish"), eq(auditEvents.objectId, String(id))))).toBe(1);
    const [{ publishedAt }] = await db.select({ publishedAt: decisions.publishedAt }).from(decisions).where(eq(decisions.id, id));
    expect(publishedAt).toBeInstanceOf(Date);
  });

  it("readers see only published decisions in the register; managers see drafts too", async () => {
    const draft = await createDecision();
    const published = await createDecision();
    harness.viewer = griffie;
    await call(publishDecisionAction, { id: String(published.id), confirm: "ja" });
    const forReaders = (await listDecisions(db, { includeDrafts: false })).map((r) => r.id);
    expect(forReaders).toContain(published.id);
    expect(forReaders).not.toContain(draft.id);
    expect((await listDecisions(db, { includeDrafts: true })).map((r) => r.id)).toEqual(expect.arrayContaining([draft.id, published.id]));
  });

  it("adds, edits and removes a milestone with owner, done date and evidence; progress follows", async () => {
    const { id } = await createDecision({ decidedOn: addCalendarDays(today, -21), acceptMilestones: "" });
    harness.viewer = griffie;
    const added = await call(createMilestoneAction, { decisionId: String(id), title: "Start communicatie", ownerId: ciso.id, dueOn: addCalendarDays(today, -7), doneOn: "", evidence: "" });
    expect(added.redirectTo).toBe(`/besluiten/${id}#mijlpalen`);
    let decision = (await getDecision(db, id))!;
    expect(decision.progress).toBe("overdue");
    const [milestone] = decision.milestones;
    expect(milestone).toMatchObject({ ownerName: "Marieke de Vries", state: "overdue", evidence: null });

    const edited = await call(updateMilestoneAction, { id: String(milestone.id), title: "Start communicatie", ownerId: ciso.id, dueOn: milestone.dueOn, doneOn: addCalendarDays(today, -8), evidence: `policy:${policyId}` });
    expect(edited.redirectTo).toBe(`/besluiten/${id}#mijlpalen`);
    decision = (await getDecision(db, id))!;
    expect(decision.milestones[0]).toMatchObject({ state: "done", evidence: { kind: "policy", id: policyId, label: expect.stringContaining("Beleidsversie 1") } });
    expect(decision.progress).toBe("done");
    expect(await lastAuditEvent(db)).toMatchObject({ action: "decision.milestone.update", objectId: String(milestone.id), after: { evidencePolicyVersionId: policyId } });

    await call(createMilestoneAction, { decisionId: String(id), title: "Afronding", ownerId: "", dueOn: addCalendarDays(today, 3), evidence: `list:${listId}` });
    expect((await getDecision(db, id))!.progress).toBe("at_risk");

    const refused = await call(removeMilestoneAction, { id: String(milestone.id) });
    expect(refused.state).toMatchObject({ ok: false, fieldErrors: { confirm: [expect.stringContaining("vinkje")] } });
    expect((await call(removeMilestoneAction, { id: String(milestone.id), confirm: "ja" })).redirectTo).toBe(`/besluiten/${id}#mijlpalen`);
    expect((await getDecision(db, id))!.milestones.map((m) => m.title)).toEqual(["Afronding"]);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "decision.milestone.remove", before: { title: "Start communicatie", decisionId: id } });
  });

  it("refuses a done date in the future, an inactive or unknown owner, and unpublished or unknown evidence", async () => {
    const { id } = await createDecision();
    harness.viewer = griffie;
    const [draftPolicy] = await db.insert(policyVersions).values({ title: "Concept", body: "Nog niet af", listVersionId: listId, effectiveOn: today, acknowledgeBy: today, reminderLadder: DEFAULT_REMINDER_LADDER }).returning();
    try {
      const { state } = await call(createMilestoneAction, { decisionId: String(id), title: "Afronding", ownerId: "00000000-0000-4000-8000-000000000000", dueOn: today, doneOn: addCalendarDays(today, 2), evidence: `policy:${draftPolicy.id}` });
      expect(state).toMatchObject({ ok: false, values: { title: "Afronding" } });
      expect(state!.fieldErrors).toMatchObject({ ownerId: [expect.stringContaining("eigenaar")], doneOn: [expect.stringContaining("toekomst")], evidence: [expect.stringContaining("gepubliceerd")] });
      const malformed = await call(createMilestoneAction, { decisionId: String(id), title: "Afronding", dueOn: today, evidence: "memo:1,policy:2" });
      expect(malformed.state!.fieldErrors).toMatchObject({ evidence: ["Kies een bewijsstuk uit de lijst."] });
      expect(await db.$count(decisionMilestones, eq(decisionMilestones.decisionId, id))).toBe(2);
    } finally {
      await db.delete(policyVersions).where(eq(policyVersions.id, draftPolicy.id));
    }
  });

  it("the database allows at most one piece of evidence per milestone", async () => {
    const { id } = await createDecision();
    await expect(db.insert(decisionMilestones).values({ decisionId: id, title: "Twee bewijzen", dueOn: today, evidencePolicyVersionId: policyId, evidenceListVersionId: listId })).rejects.toThrow();
  });

  it("a raadslid or medewerker calling any action (the upload included) changes nothing and is logged as denied", async () => {
    const { id, number } = await createDecision();
    harness.viewer = griffie;
    await callWithFile(uploadAttachmentAction, { decisionId: String(id) }, new File([new Uint8Array(await smallPdf())], "bijlage.pdf"));
    const decision = (await getDecision(db, id))!;
    const [milestone] = decision.milestones;
    const [attachment] = decision.attachments;
    const counts = async () => ({
      decisions: await db.$count(decisions),
      milestones: await db.$count(decisionMilestones),
      attachments: await db.$count(decisionAttachments),
    });
    const before = await counts();
    for (const viewer of [raadslid, staff]) {
      harness.viewer = viewer;
      const attempts = [
        [createDecisionAction, decisionInput(), "decision.create"],
        [updateDecisionAction, { ...decisionInput({ number }), id: String(id), subject: "Overgenomen" }, "decision.update"],
        [publishDecisionAction, { id: String(id), confirm: "ja" }, "decision.publish"],
        [createMilestoneAction, { decisionId: String(id), title: "Stiekem", dueOn: today }, "decision.milestone.create"],
        [updateMilestoneAction, { id: String(milestone.id), title: "Stiekem", dueOn: today, doneOn: today }, "decision.milestone.update"],
        [removeMilestoneAction, { id: String(milestone.id), confirm: "ja" }, "decision.milestone.remove"],
        [removeAttachmentAction, { id: String(attachment.id), confirm: "ja" }, "decision.attachment.remove"],
      ] as const;
      for (const [run, input, name] of attempts) {
        const denied = await auditCount(name, "denied");
        const { state } = await call(run as (p: ActionState, d: FormData) => Promise<ActionState>, input as Record<string, string>);
        expect(state).toMatchObject({ ok: false, message: "U heeft geen toestemming voor deze handeling." });
        expect(await auditCount(name, "denied")).toBe(denied + 1);
        expect(await lastAuditEvent(db)).toMatchObject({ action: name, actorId: viewer.id, result: "denied", objectId: "decisions.manage" });
      }
      const denied = await auditCount("decision.attachment.upload", "denied");
      const upload = await callWithFile(uploadAttachmentAction, { decisionId: String(id) }, new File([new Uint8Array(await smallPdf())], "ook.pdf"));
      expect(upload.state).toMatchObject({ ok: false, message: "U heeft geen toestemming voor deze handeling." });
      expect(await auditCount("decision.attachment.upload", "denied")).toBe(denied + 1);
    }
    expect(await counts()).toEqual(before);
    expect(await getDecision(db, id)).toMatchObject({ subject: decision.subject, publishedAt: null, milestones: decision.milestones });
  });
});
