import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNotNull } from "drizzle-orm";
import { harness, call, useDb, viewerFor } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { auditEvents, crossReferences, decisions, memos, policyVersions } from "@/db/schema";
import type { Db } from "@/db/client";
import { linkCandidates, visibleLinks } from "@/lib/links/visible";
import { addLinkAction, removeLinkAction } from "./actions";

// "Zie ook" between raadsvragen, decisions, memos and policy versions: one row per pair, shown on both pages,
// and to each reader only what they may open.
describe.each(testDatabases)("verwijzingen op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let policyId: number;
  let councilMemoId: number;
  let staffMemoId: number;
  let draftDecisionId: number;
  let publishedDecisionId: number;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    [{ id: policyId }] = await db.select({ id: policyVersions.id }).from(policyVersions).where(isNotNull(policyVersions.number)).limit(1);
    const memo = (subject: string, audiences: ("council" | "staff")[], number: number) => ({
      subject, sender: "De griffier", memoDate: "2026-11-01", audiences, body: "Tekst", contactName: "Sanne Jansen", number, publishedAt: new Date(),
    });
    [{ id: councilMemoId }] = await db.insert(memos).values(memo("Alleen voor de raad", ["council"], 9001)).returning({ id: memos.id });
    [{ id: staffMemoId }] = await db.insert(memos).values(memo("Voor medewerkers", ["staff"], 9002)).returning({ id: memos.id });
    const decision = (number: string, publishedAt: Date | null) => ({ number, decidedOn: "2026-10-01", subject: `Besluit ${number}`, decisionPoints: "1. Iets", publishedAt });
    [{ id: draftDecisionId }] = await db.insert(decisions).values(decision("T-CONCEPT", null)).returning({ id: decisions.id });
    [{ id: publishedDecisionId }] = await db.insert(decisions).values(decision("T-GEPUBLICEERD", new Date())).returning({ id: decisions.id });
  });
  afterAll(() => close());

  const pairCount = () => db.$count(crossReferences);

  it("the griffie links a decision to a memo; the link shows on both pages and is audited", async () => {
    harness.viewer = await viewerFor(db, "griffie@voorbeeld.nl");
    const { redirectTo } = await call(addLinkAction, { fromKind: "decision", fromId: String(publishedDecisionId), target: `memo:${councilMemoId}` });
    expect(redirectTo).toBe(`/besluiten/${publishedDecisionId}`);
    const griffie = harness.viewer;
    expect((await visibleLinks(db, griffie, { kind: "decision", id: publishedDecisionId })).map((l) => l.title)).toEqual(["Memo 9001: Alleen voor de raad"]);
    expect((await visibleLinks(db, griffie, { kind: "memo", id: councilMemoId })).map((l) => l.href)).toEqual([`/besluiten/${publishedDecisionId}`]);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "link.create", objectType: "cross_reference", result: "success" });
  });

  it("refuses the same link made from the other page, with a clear message", async () => {
    harness.viewer = await viewerFor(db, "ciso@voorbeeld.nl");
    const before = await pairCount();
    const { state } = await call(addLinkAction, { fromKind: "memo", fromId: String(councilMemoId), target: `decision:${publishedDecisionId}` });
    expect(state).toMatchObject({ ok: false, fieldErrors: { target: [expect.stringContaining("bestaat al")] } });
    expect(await pairCount()).toBe(before);
  });

  it("50 parallel requests for one new link give one row and one audit row", async () => {
    harness.viewer = await viewerFor(db, "ciso@voorbeeld.nl");
    const before = await pairCount();
    const linkAudits = () => db.$count(auditEvents, and(eq(auditEvents.action, "link.create"), eq(auditEvents.result, "success")));
    const auditsBefore = await linkAudits();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(addLinkAction, i % 2 ? { fromKind: "policy_version", fromId: String(policyId), target: `memo:${staffMemoId}` } : { fromKind: "memo", fromId: String(staffMemoId), target: `policy_version:${policyId}` }),
      ),
    );
    expect(results.filter((r) => r.redirectTo).length).toBe(1);
    expect(await pairCount()).toBe(before + 1);
    expect(await linkAudits()).toBe(auditsBefore + 1);
  });

  it("shows a reader only the linked items they may open", async () => {
    harness.viewer = await viewerFor(db, "griffie@voorbeeld.nl");
    await call(addLinkAction, { fromKind: "decision", fromId: String(publishedDecisionId), target: `decision:${draftDecisionId}` });
    await call(addLinkAction, { fromKind: "decision", fromId: String(publishedDecisionId), target: `memo:${staffMemoId}` });
    const titles = async (email: string) => (await visibleLinks(db, await viewerFor(db, email), { kind: "decision", id: publishedDecisionId })).map((l) => l.title);
    expect(await titles("griffie@voorbeeld.nl")).toHaveLength(3);
    // The raadslid sees the raad's memo, not the staff memo nor the draft decision.
    expect(await titles("raadslid@voorbeeld.nl")).toEqual(["Memo 9001: Alleen voor de raad"]);
    expect(await titles("medewerker@voorbeeld.nl")).toEqual(["Memo 9002: Voor medewerkers"]);
  });

  it("a reader's policy link goes to the public policy page", async () => {
    const links = await visibleLinks(db, await viewerFor(db, "medewerker@voorbeeld.nl"), { kind: "memo", id: staffMemoId });
    expect(links.find((l) => l.kind === "policy_version")).toMatchObject({ href: "/beleid-openbaar" });
  });

  it("offers neither the item itself nor what is linked already", async () => {
    const griffie = await viewerFor(db, "griffie@voorbeeld.nl");
    const groups = await linkCandidates(db, griffie, { kind: "decision", id: publishedDecisionId });
    const values = groups.flatMap((g) => g.items.map((i) => `${i.kind}:${i.id}`));
    expect(values).not.toContain(`decision:${publishedDecisionId}`);
    expect(values).not.toContain(`memo:${councilMemoId}`);
    expect(values).toContain(`policy_version:${policyId}`);
  });

  it("refuses a link to itself or to something that does not exist", async () => {
    harness.viewer = await viewerFor(db, "griffie@voorbeeld.nl");
    const before = await pairCount();
    expect((await call(addLinkAction, { fromKind: "memo", fromId: String(staffMemoId), target: `memo:${staffMemoId}` })).state).toMatchObject({ ok: false });
    expect((await call(addLinkAction, { fromKind: "memo", fromId: String(staffMemoId), target: "memo:2147483000" })).state).toMatchObject({ ok: false });
    expect((await call(addLinkAction, { fromKind: "memo", fromId: String(staffMemoId), target: "memo:1\u0000" })).state).toMatchObject({ ok: false });
    expect((await call(addLinkAction, { fromKind: "memo", fromId: String(staffMemoId), target: "app_user:1" })).state).toMatchObject({ ok: false });
    expect(await pairCount()).toBe(before);
  });

  it.each(["raadslid@voorbeeld.nl", "medewerker@voorbeeld.nl", "beheerder@voorbeeld.nl"])("%s cannot add or remove a link, and the attempt is logged", async (email) => {
    harness.viewer = await viewerFor(db, email);
    const before = await pairCount();
    const { state } = await call(addLinkAction, { fromKind: "decision", fromId: String(publishedDecisionId), target: `memo:${councilMemoId}9` });
    expect(state).toMatchObject({ ok: false });
    expect(await lastAuditEvent(db)).toMatchObject({ action: "link.create", result: "denied" });
    const [link] = await db.select().from(crossReferences).limit(1);
    expect((await call(removeLinkAction, { id: String(link.id), fromKind: link.fromKind, fromId: String(link.fromId) })).state).toMatchObject({ ok: false });
    expect(await lastAuditEvent(db)).toMatchObject({ action: "link.remove", result: "denied" });
    expect(await pairCount()).toBe(before);
  });

  it("the griffie removes a link; it is gone from both pages and the removal is audited", async () => {
    harness.viewer = await viewerFor(db, "griffie@voorbeeld.nl");
    const [link] = await db.select().from(crossReferences).where(and(eq(crossReferences.toKind, "memo"), eq(crossReferences.toId, councilMemoId)));
    const { redirectTo } = await call(removeLinkAction, { id: String(link.id), fromKind: "memo", fromId: String(councilMemoId) });
    expect(redirectTo).toBe(`/memos/${councilMemoId}`);
    expect(await visibleLinks(db, harness.viewer, { kind: "memo", id: councilMemoId })).toEqual([]);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "link.remove", before: { to: { kind: "memo", id: councilMemoId } } });
  });
});
