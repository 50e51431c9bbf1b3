import "@/lib/zod-nl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { auditEvents, listVersions, memos } from "@/db/schema";
import type { Db } from "@/db/client";
import { getMemo } from "@/db/queries/memos";
import { createMemoAction, discardMemoAction, publishMemoAction, saveMemoAction } from "./actions";
import { memoFingerprint } from "./draft-rules";

describe.each(testDatabases)("memo's opstellen en publiceren op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let griffie: TestViewer;
  let ciso: TestViewer;
  let raadslid: TestViewer;
  let medewerker: TestViewer;
  let listId: number;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    griffie = await viewerFor(db, "griffie@voorbeeld.nl");
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
    raadslid = await viewerFor(db, "raadslid@voorbeeld.nl");
    medewerker = await viewerFor(db, "medewerker@voorbeeld.nl");
    [{ id: listId }] = await db.select({ id: listVersions.id }).from(listVersions).limit(1);
  });
  afterAll(() => close());

  const input = (overrides: Record<string, string | string[]> = {}) => ({
    subject: "Apps uit landen met een offensief cyberprogramma",
    sender: "De CISO en de griffier",
    memoDate: "2026-11-20",
    audiences: ["council", "college"],
    body: "## Wat betekent dit voor u?\n\nVerwijder de apps van de lijst van uw tablet.",
    contactName: "Sanne Jansen",
    contactDetails: "griffie@voorbeeld.nl",
    listVersionId: String(listId),
    ...overrides,
  });
  const memoCount = () => db.$count(memos);
  const denied = (action: string) => db.$count(auditEvents, and(eq(auditEvents.action, action), eq(auditEvents.result, "denied")));

  async function createDraft(overrides: Record<string, string | string[]> = {}, as = griffie) {
    harness.viewer = as;
    const { redirectTo, state } = await call(createMemoAction, input(overrides));
    expect(state, JSON.stringify(state)).toBeNull();
    const id = Number(redirectTo!.split("/").pop());
    return (await getMemo(db, id))!;
  }
  async function publish(id: number) {
    const memo = (await getMemo(db, id))!;
    return call(publishMemoAction, { id: String(id), seen: memoFingerprint(memo), confirm: "ja" });
  }

  it("creates a draft with the audiences, the list version and an audit row", async () => {
    const draft = await createDraft();
    expect(draft).toMatchObject({ number: null, publishedAt: null, audiences: ["council", "college"], listVersionId: listId, contactDetails: "griffie@voorbeeld.nl" });
    expect(await lastAuditEvent(db)).toMatchObject({ action: "memo.draft.create", actorId: griffie.id, objectType: "memo", objectId: String(draft.id), result: "success" });
  });

  it("refuses bad input with a Dutch message per field, keeps what was typed, stores nothing", async () => {
    const before = await memoCount();
    harness.viewer = griffie;
    const { state } = await call(createMemoAction, input({ subject: "", memoDate: "2026-02-30", audiences: ["council", "everyone"], listVersionId: "999999" }));
    expect(state).toMatchObject({ ok: false, values: { sender: "De CISO en de griffier" } });
    expect(state!.fieldErrors!.subject[0]).toMatch(/onderwerp/);
    expect(state!.fieldErrors!.memoDate[0]).toMatch(/bestaande datum/);
    expect(Object.keys(state!.fieldErrors!).some((k) => k.startsWith("audiences"))).toBe(true);
    expect(await memoCount()).toBe(before);
    // A list version that does not exist passes the schema, and is refused before anything is stored.
    const { state: noList } = await call(createMemoAction, input({ listVersionId: "999999" }));
    expect(noList).toMatchObject({ ok: false, fieldErrors: { listVersionId: [expect.stringContaining("bestaat niet")] } });
    expect(await memoCount()).toBe(before);
  });

  it("saves a draft, and a draft may be saved without an audience but not published without one", async () => {
    const draft = await createDraft();
    harness.viewer = ciso;
    const { redirectTo } = await call(saveMemoAction, { ...input({ audiences: [], subject: "Nieuw onderwerp", listVersionId: "" }), id: String(draft.id) });
    expect(redirectTo).toBe(`/memos/${draft.id}#voorbeeld`);
    expect(await getMemo(db, draft.id)).toMatchObject({ subject: "Nieuw onderwerp", audiences: [], listVersionId: null });
    expect(await lastAuditEvent(db)).toMatchObject({ action: "memo.draft.update", after: { changed: expect.arrayContaining(["subject", "audiences", "listVersionId"]) } });
    const { state } = await publish(draft.id);
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining("minstens één doelgroep") });
    expect((await getMemo(db, draft.id))!.publishedAt).toBeNull();
  });

  it("publishes with the next number; a change since the confirmation page is refused", async () => {
    const draft = await createDraft();
    harness.viewer = griffie;
    const stale = await call(publishMemoAction, { id: String(draft.id), seen: `${draft.id}:2000-01-01T00:00:00.000Z`, confirm: "ja" });
    expect(stale.state).toMatchObject({ ok: false, message: expect.stringContaining("veranderd") });
    const noTick = await call(publishMemoAction, { id: String(draft.id), seen: memoFingerprint(draft) });
    expect(noTick.state).toMatchObject({ ok: false, fieldErrors: { confirm: [expect.stringContaining("vinkje")] } });
    const [{ highest }] = await db.select({ highest: sql<number>`max(${memos.number})` }).from(memos);
    const { redirectTo } = await publish(draft.id);
    expect(redirectTo).toBe(`/memos/${draft.id}`);
    const published = (await getMemo(db, draft.id))!;
    expect(published).toMatchObject({ number: highest + 1, publishedByName: griffie.name });
    expect(await lastAuditEvent(db)).toMatchObject({ action: "memo.publish", objectId: String(draft.id), after: { number: highest + 1, audiences: ["council", "college"] } });
  });

  it("50 parallel publishes of one draft: one publication, one number, one audit row", async () => {
    const draft = await createDraft();
    harness.viewer = griffie;
    const results = await Promise.all(Array.from({ length: 50 }, () => call(publishMemoAction, { id: String(draft.id), seen: memoFingerprint(draft), confirm: "ja" })));
    expect(results.filter((r) => r.redirectTo === `/memos/${draft.id}`)).toHaveLength(1);
    for (const refused of results.filter((r) => !r.redirectTo)) expect(refused.state).toMatchObject({ ok: false, message: expect.stringContaining("is gepubliceerd") });
    expect(await db.$count(auditEvents, and(eq(auditEvents.action, "memo.publish"), eq(auditEvents.objectId, String(draft.id))))).toBe(1);
    expect((await getMemo(db, draft.id))!.number).not.toBeNull();
  });

  it("publishing different drafts at once gives each its own number, without gaps", async () => {
    const drafts = await Promise.all(Array.from({ length: 8 }, () => createDraft()));
    harness.viewer = griffie;
    const [{ highest }] = await db.select({ highest: sql<number>`max(${memos.number})` }).from(memos);
    const results = await Promise.all(drafts.map((d) => call(publishMemoAction, { id: String(d.id), seen: memoFingerprint(d), confirm: "ja" })));
    expect(results.every((r) => r.redirectTo)).toBe(true);
    const numbers = (await Promise.all(drafts.map((d) => getMemo(db, d.id)))).map((m) => m!.number).sort((a, b) => a! - b!);
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => highest + 1 + i));
  });

  it("a published memo does not change: save and discard refuse with a clear message, a direct UPDATE is refused by the database", async () => {
    const draft = await createDraft();
    harness.viewer = griffie;
    await publish(draft.id);
    const published = (await getMemo(db, draft.id))!;
    const save = await call(saveMemoAction, { ...input({ subject: "Stiekem veranderd" }), id: String(draft.id) });
    expect(save.state).toMatchObject({ ok: false, message: `Memo ${published.number} is gepubliceerd en verandert niet meer. Klopt er iets niet? Maak dan een correctie: een nieuwe memo die naar deze verwijst.` });
    const discard = await call(discardMemoAction, { id: String(draft.id), confirm: "ja" });
    expect(discard.state).toMatchObject({ ok: false, message: expect.stringContaining("is gepubliceerd") });
    await expect(db.update(memos).set({ subject: "Stiekem veranderd" }).where(eq(memos.id, draft.id))).rejects.toThrow();
    await expect(db.delete(memos).where(eq(memos.id, draft.id))).rejects.toThrow();
    expect(await getMemo(db, draft.id)).toEqual(published);
  });

  it("a correction is a new memo that refers to the published one; a draft cannot be corrected", async () => {
    const original = await createDraft();
    harness.viewer = griffie;
    await publish(original.id);
    const correction = await createDraft({ correctsMemoId: String(original.id), subject: "Correctie: apps" });
    expect(correction).toMatchObject({ correctsMemoId: original.id, publishedAt: null });
    await publish(correction.id);
    expect(await getMemo(db, correction.id)).toMatchObject({ correctsMemoId: original.id, correctsNumber: (await getMemo(db, original.id))!.number });
    const draft = await createDraft();
    const before = await memoCount();
    const { state } = await call(createMemoAction, input({ correctsMemoId: String(draft.id) }));
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining("gepubliceerde memo") });
    expect(await memoCount()).toBe(before);
  });

  it("discards a draft after the tick, with an audit row", async () => {
    const draft = await createDraft();
    harness.viewer = ciso;
    expect((await call(discardMemoAction, { id: String(draft.id) })).state).toMatchObject({ ok: false });
    expect(await getMemo(db, draft.id)).not.toBeNull();
    expect((await call(discardMemoAction, { id: String(draft.id), confirm: "ja" })).redirectTo).toBe("/memos");
    expect(await getMemo(db, draft.id)).toBeNull();
    expect(await lastAuditEvent(db)).toMatchObject({ action: "memo.draft.discard", actorId: ciso.id, objectId: String(draft.id), before: { subject: draft.subject } });
  });

  it.each([["raadslid", () => raadslid], ["medewerker", () => medewerker]])("a %s calling the actions directly changes nothing, and each attempt is logged as denied", async (_name, who) => {
    const draft = await createDraft();
    const before = { count: await memoCount(), published: await db.$count(memos, isNotNull(memos.publishedAt)), draft: await getMemo(db, draft.id) };
    const attempts = {
      "memo.draft.create": () => call(createMemoAction, input()),
      "memo.draft.update": () => call(saveMemoAction, { ...input({ subject: "Gekaapt" }), id: String(draft.id) }),
      "memo.publish": () => call(publishMemoAction, { id: String(draft.id), seen: memoFingerprint(draft), confirm: "ja" }),
      "memo.draft.discard": () => call(discardMemoAction, { id: String(draft.id), confirm: "ja" }),
    };
    for (const [action, attempt] of Object.entries(attempts)) {
      const deniedBefore = await denied(action);
      harness.viewer = who();
      const { state, redirectTo } = await attempt();
      expect(redirectTo).toBeNull();
      expect(state).toMatchObject({ ok: false, message: "U heeft geen toestemming voor deze handeling." });
      expect(await denied(action)).toBe(deniedBefore + 1);
      expect(await lastAuditEvent(db)).toMatchObject({ action, actorId: who().id, result: "denied", objectId: "memos.manage" });
    }
    expect(await memoCount()).toBe(before.count);
    expect(await db.$count(memos, isNotNull(memos.publishedAt))).toBe(before.published);
    expect(await getMemo(db, draft.id)).toEqual(before.draft);
  });
});
