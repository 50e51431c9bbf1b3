import "@/lib/zod-nl";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq, isNull, sql } from "drizzle-orm";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { auditEvents, listVersions, outboxMessages, policyReminders, policyVersions } from "@/db/schema";
import type { Db } from "@/db/client";
import { getCurrentPolicyVersion } from "@/db/queries/policy-audience";
import { getPolicyDraft } from "@/db/queries/policy";
import { todayIso } from "@/lib/dates";
import { addDays } from "@/lib/policy/reminder-ladder";
import { draftFingerprint } from "./draft-rules";
import { discardDraftAction, publishDraftAction, saveDraftAction, startDraftAction } from "./actions";

describe.each(testDatabases)("beleidsversies op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let ciso: TestViewer;
  let staff: TestViewer;
  let beheerder: TestViewer;
  let listId: number;
  const today = todayIso();

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
    staff = await viewerFor(db, "medewerker@voorbeeld.nl");
    beheerder = await viewerFor(db, "beheerder@voorbeeld.nl");
    [{ id: listId }] = await db.select({ id: listVersions.id }).from(listVersions);
  });
  afterAll(() => close());

  // Each test starts without a draft.
  beforeEach(async () => {
    await db.delete(policyVersions).where(isNull(policyVersions.publishedAt));
  });

  const draftCount = () => db.$count(policyVersions, isNull(policyVersions.publishedAt));
  const auditCount = (action: string, result: "success" | "denied" = "success") =>
    db.$count(auditEvents, and(eq(auditEvents.action, action), eq(auditEvents.result, result)));

  async function startDraft() {
    harness.viewer = ciso;
    const { redirectTo } = await call(startDraftAction, { from: "current" });
    expect(redirectTo).toBe("/beleid/concept");
    return (await getPolicyDraft(db))!;
  }

  const validInput = (id: number, overrides: Record<string, string | string[]> = {}) => ({
    id: String(id),
    title: "Apps uit risicolanden, versie met nieuwe lijst",
    body: "## Waarom\n\nDe lijst is veranderd. Lees de nieuwe lijst en verwijder de apps.",
    listVersionId: String(listId),
    effectiveOn: addDays(today, 30),
    acknowledgeBy: addDays(today, 44),
    newJoinerDays: "14",
    audience: ["allStaff", "councilWithDevice"],
    stricterMeasure: "Ook op uw privételefoon niet.",
    stricterRiskGroups: ["executive", "senior"],
    atPublication: "ja",
    daysBefore: "7, 1",
    onDueDate: "ja",
    weeklyWhileOverdue: "ja",
    ...overrides,
  });

  it("starts a draft as a copy of the current version, pointing at the newest list version", async () => {
    const current = (await getCurrentPolicyVersion(db, today))!;
    const draft = await startDraft();
    expect(draft).toMatchObject({ title: current.title, body: current.body, basedOnId: current.id, number: null, listVersionId: listId, stricterRiskGroups: current.stricterRiskGroups });
    // New dates: from today, with the same period to acknowledge as the version it copies.
    const period = (iso1: string, iso2: string) => (Date.parse(iso2) - Date.parse(iso1)) / 86_400_000;
    expect(draft.effectiveOn).toBe(today);
    expect(period(draft.effectiveOn, draft.acknowledgeBy)).toBe(period(current.effectiveOn, current.acknowledgeBy));
    expect(await lastAuditEvent(db)).toMatchObject({ action: "policy.draft.create", actorId: ciso.id, objectId: String(draft.id), result: "success" });
  });

  it("refuses a second draft, and of 50 parallel starts exactly one makes a draft", async () => {
    harness.viewer = ciso;
    const results = await Promise.all(Array.from({ length: 50 }, () => call(startDraftAction, { from: "empty" })));
    expect(results.filter((r) => r.redirectTo === "/beleid/concept")).toHaveLength(1);
    for (const refused of results.filter((r) => r.redirectTo === null)) expect(refused.state).toMatchObject({ ok: false, message: expect.stringContaining("al een concept") });
    expect(await draftCount()).toBe(1);
  });

  it("from a new list version: starts a copy pointing at it, or points the open draft at it", async () => {
    const [newer] = await db.insert(listVersions).values({ number: 900 + Math.floor(Math.random() * 99), publishedByName: "test", note: "test", changelog: { countries: { added: [], removed: [], changed: [] }, apps: { added: [], removed: [], changed: [] } } as never }).returning();
    harness.viewer = ciso;
    expect((await call(startDraftAction, { from: "current", listVersionId: String(newer.id) })).redirectTo).toBe("/beleid/concept");
    expect((await getPolicyDraft(db))!.listVersionId).toBe(newer.id);
    await db.update(policyVersions).set({ listVersionId: listId }).where(isNull(policyVersions.publishedAt));
    expect((await call(startDraftAction, { from: "current", listVersionId: String(newer.id) })).redirectTo).toBe("/beleid/concept");
    expect(await draftCount()).toBe(1);
    expect((await getPolicyDraft(db))!.listVersionId).toBe(newer.id);
    expect((await call(startDraftAction, { from: "current", listVersionId: "999999" })).state).toMatchObject({ ok: false });
    expect((await getPolicyDraft(db))!.listVersionId).toBe(newer.id);
  });

  it("saves the draft, parsing the ladder and the audience", async () => {
    const draft = await startDraft();
    harness.viewer = ciso;
    const { redirectTo } = await call(saveDraftAction, validInput(draft.id, { daysBefore: "1; 14, 7, 7", audience: "allStaff", departmentIds: [] }));
    expect(redirectTo).toBe("/beleid/concept#voorbeeld");
    expect(await getPolicyDraft(db)).toMatchObject({
      title: "Apps uit risicolanden, versie met nieuwe lijst",
      audienceAllStaff: true,
      audienceCouncilWithDevice: false,
      stricterRiskGroups: ["executive", "senior"],
      reminderLadder: { atPublication: true, daysBefore: [14, 7, 1], onDueDate: true, weeklyWhileOverdue: true },
    });
    expect(await lastAuditEvent(db)).toMatchObject({ action: "policy.draft.update", objectId: String(draft.id) });
  });

  it("refuses bad input with a Dutch message per field and stores nothing", async () => {
    const draft = await startDraft();
    harness.viewer = ciso;
    const { state } = await call(saveDraftAction, validInput(draft.id, {
      title: "",
      acknowledgeBy: addDays(today, 10),
      audience: [],
      daysBefore: "zeven",
      newJoinerDays: "0",
      stricterRiskGroups: [],
      effectiveOn: addDays(today, 30),
    }));
    expect(state).toMatchObject({ ok: false });
    const errors = state!.fieldErrors!;
    expect(errors.title[0]).toContain("titel");
    expect(errors.acknowledgeBy[0]).toContain("niet vóór de ingangsdatum");
    expect(errors.audience[0]).toContain("doelgroep");
    expect(errors.daysBefore[0]).toContain("komma");
    expect(errors.newJoinerDays[0]).toContain("minstens 1 dag");
    expect(errors.stricterRiskGroups[0]).toContain("risicogroepen");
    expect(await getPolicyDraft(db)).toMatchObject({ title: draft.title, body: draft.body });
  });

  it("refuses a list version that does not exist", async () => {
    const draft = await startDraft();
    harness.viewer = ciso;
    const { state } = await call(saveDraftAction, validInput(draft.id, { listVersionId: "999999" }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { listVersionId: [expect.stringContaining("lijstversie")] } });
    expect((await getPolicyDraft(db))!.listVersionId).toBe(draft.listVersionId);
  });

  it("a medewerker or beheerder calling any action changes nothing and is logged as denied", async () => {
    const draft = await startDraft();
    for (const viewer of [staff, beheerder]) {
      harness.viewer = viewer;
      const attempts = [
        [startDraftAction, { from: "empty" }, "policy.draft.create"],
        [saveDraftAction, validInput(draft.id, { title: "Overgenomen door een ander" }), "policy.draft.update"],
        [publishDraftAction, { id: String(draft.id), seen: draftFingerprint(draft), confirm: "ja" }, "policy.publish"],
        [discardDraftAction, { id: String(draft.id), confirm: "ja" }, "policy.draft.discard"],
      ] as const;
      for (const [run, input, name] of attempts) {
        const before = await auditCount(name, "denied");
        const { state } = await call(run, input as Record<string, string>);
        expect(state).toMatchObject({ ok: false, message: "U heeft geen toestemming voor deze handeling." });
        expect(await auditCount(name, "denied")).toBe(before + 1);
        expect(await lastAuditEvent(db)).toMatchObject({ action: name, actorId: viewer.id, result: "denied" });
      }
    }
    expect(await getPolicyDraft(db)).toMatchObject({ id: draft.id, title: draft.title, publishedAt: null });
  });

  it("discards the draft only with a confirmation", async () => {
    const draft = await startDraft();
    harness.viewer = ciso;
    const refused = await call(discardDraftAction, { id: String(draft.id) });
    expect(refused.state).toMatchObject({ ok: false, fieldErrors: { confirm: [expect.stringContaining("vinkje")] } });
    expect(await draftCount()).toBe(1);
    const { redirectTo } = await call(discardDraftAction, { id: String(draft.id), confirm: "ja" });
    expect(redirectTo).toBe("/beleid");
    expect(await draftCount()).toBe(0);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "policy.draft.discard", objectId: String(draft.id) });
  });

  it("refuses to publish what the CISO did not see, or a draft without text", async () => {
    harness.viewer = ciso;
    await call(startDraftAction, { from: "empty" });
    const empty = (await getPolicyDraft(db))!;
    const stale = await call(publishDraftAction, { id: String(empty.id), seen: "1:oud", confirm: "ja" });
    expect(stale.state).toMatchObject({ ok: false, message: expect.stringContaining("veranderd sinds") });
    const unfinished = await call(publishDraftAction, { id: String(empty.id), seen: draftFingerprint(empty), confirm: "ja" });
    expect(unfinished.state).toMatchObject({ ok: false, message: expect.stringContaining("Schrijf de tekst") });
    expect(await getPolicyDraft(db)).toMatchObject({ id: empty.id, number: null });
  });

  it("publishes a future version once under 50 parallel publishes; the current version stays current; no mail yet", async () => {
    const draft = await startDraft();
    harness.viewer = ciso;
    await call(saveDraftAction, validInput(draft.id));
    const saved = (await getPolicyDraft(db))!;
    const mailsBefore = await db.$count(outboxMessages);
    const current = (await getCurrentPolicyVersion(db, today))!;
    const results = await Promise.all(Array.from({ length: 50 }, () => call(publishDraftAction, { id: String(saved.id), seen: draftFingerprint(saved), confirm: "ja" })));
    expect(results.filter((r) => r.redirectTo === `/beleid/${saved.id}`)).toHaveLength(1);
    const [published] = await db.select().from(policyVersions).where(eq(policyVersions.id, saved.id));
    expect(published).toMatchObject({ number: current.number! + 1, publishedById: ciso.id, publishedByName: ciso.name });
    expect(await db.$count(auditEvents, and(eq(auditEvents.action, "policy.publish"), eq(auditEvents.objectId, String(saved.id))))).toBe(1);
    expect(await lastAuditEvent(db).then((e) => e.after)).toMatchObject({ number: published.number, bodySha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await getCurrentPolicyVersion(db, today))!.id).toBe(current.id);
    expect(await db.$count(outboxMessages)).toBe(mailsBefore);
  });

  it("the database refuses any change to a published version", async () => {
    const current = (await getCurrentPolicyVersion(db, today))!;
    await expect(db.update(policyVersions).set({ title: "Stiekem gewijzigd" }).where(eq(policyVersions.id, current.id))).rejects.toThrow();
    await expect(db.delete(policyVersions).where(eq(policyVersions.id, current.id))).rejects.toThrow();
    expect((await getCurrentPolicyVersion(db, today))!.title).toBe(current.title);
  });

  it("a version effective today becomes current and sends the at-publication mail to everyone outstanding, in the same transaction", async () => {
    const draft = await startDraft();
    harness.viewer = ciso;
    await call(saveDraftAction, validInput(draft.id, { effectiveOn: today, acknowledgeBy: addDays(today, 14) }));
    const saved = (await getPolicyDraft(db))!;
    const { redirectTo } = await call(publishDraftAction, { id: String(saved.id), seen: draftFingerprint(saved), confirm: "ja" });
    expect(redirectTo).toBe(`/beleid/${saved.id}`);
    expect((await getCurrentPolicyVersion(db, today))!.id).toBe(saved.id);
    const steps = await db.select({ step: policyReminders.step }).from(policyReminders).where(eq(policyReminders.policyVersionId, saved.id));
    expect(steps.length).toBeGreaterThan(0);
    expect(new Set(steps.map((s) => s.step))).toEqual(new Set(["publication"]));
    const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(outboxMessages).where(sql`${outboxMessages.id} in (select outbox_message_id from policy_reminder where policy_version_id = ${saved.id})`);
    expect(n).toBe(steps.length);
  });
});
