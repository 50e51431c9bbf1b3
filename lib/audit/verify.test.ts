import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { asc, desc, eq, gte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { publishListVersion } from "@/lib/lists/publish";
import { apps, auditCheckpoints, auditEvents, countries, listVersionApps, listVersions, vendors } from "@/db/schema";
import { freshDb, testDatabases } from "@/test/databases";
import { hashEvent, verifyAuditChain, writeAudit } from "./chain";
import { checkpointMac, writeCheckpoint } from "./checkpoint";
import { verifyAuditLog } from "./verify";

const key = process.env.AUDIT_CHECKPOINT_KEY!;

// One transaction for all rows keeps the test fast; the chain and checkpoints are the same.
async function appendEvents(db: Db, n: number) {
  await db.transaction(async (tx) => {
    for (let i = 0; i < n; i++) {
      await writeAudit(tx, { actorId: null, actorLabel: "test", action: "app.update", objectType: "app", objectId: i, result: "success", before: { name: "oud" }, after: { name: `nieuw ${i}` } });
    }
  });
}

/** A small published list: one country, vendor and app, published as version 1 the way the action does. */
async function publishSmallList(db: Db) {
  await db.transaction(async (tx) => {
    const [country] = await tx.insert(countries).values({ code: "CN", name: "China", basis: "AIVD", listedOn: "2023-05-17", nextReviewOn: "2027-05-17" }).returning();
    const [vendor] = await tx.insert(vendors).values({ name: "Bytedance", countryId: country.id }).returning();
    await tx.insert(apps).values({ name: "TikTok", vendorId: vendor.id, category: "Sociale media", measure: "banned", source: "vng_top" });
    const version = await publishListVersion(tx, { userId: null, name: "test" }, "eerste");
    await writeAudit(tx, { actorId: null, actorLabel: "test", action: "list.publish", objectType: "list_version", objectId: version.number, result: "success", after: { number: version.number, contentHash: version.contentHash } });
  });
}

// What an attacker with the owner's rights does: switch the guard off, change history, switch it on again.
async function withGuardOff(db: Db, table: string, change: () => Promise<unknown>) {
  await db.execute(sql.raw(`alter table ${table} disable trigger user`));
  try {
    await change();
  } finally {
    await db.execute(sql.raw(`alter table ${table} enable trigger user`));
  }
}

/** Edits one row and recomputes every later hash, so the chain is internally consistent again. */
async function editAndRecompute(db: Db, id: number) {
  await withGuardOff(db, "audit_event", async () => {
    const rows = await db.select().from(auditEvents).where(gte(auditEvents.id, id)).orderBy(asc(auditEvents.id));
    const [first] = rows;
    let prevHash = first.prevHash;
    for (const row of rows) {
      const { id: rowId, hash: _hash, ...fields } = row;
      const changed = { ...fields, prevHash, ...(rowId === id ? { actorLabel: "iemand anders" } : {}) };
      const hash = hashEvent(changed);
      await db.update(auditEvents).set({ actorLabel: changed.actorLabel, prevHash, hash }).where(eq(auditEvents.id, rowId));
      prevHash = hash;
    }
  });
}

describe.each(testDatabases)("auditlog met controlepunten op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeEach(async () => {
    ({ db, close } = await freshDb(url));
    await appendEvents(db, 3);
    await publishSmallList(db);
  });
  afterEach(() => close());

  it("trusts the newest checkpoint of an untouched log and names it", async () => {
    await appendEvents(db, 3);
    const report = await verifyAuditLog(db, { key, full: true });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, trusted: { reason: "publication:1" }, versionsChecked: 1 });
    expect(report.checkedRows).toBe(report.totalRows);
  });

  it("signs a checkpoint at least every 100 rows and at every start", async () => {
    await appendEvents(db, 150);
    await writeCheckpoint(db, "start");
    const reasons = (await db.select({ reason: auditCheckpoints.reason }).from(auditCheckpoints).orderBy(asc(auditCheckpoints.id))).map((c) => c.reason);
    expect(reasons.filter((r) => r === "interval").length).toBeGreaterThanOrEqual(1);
    expect(reasons.at(-1)).toBe("start");
    const [head] = await db.select({ id: auditEvents.id }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    expect((await verifyAuditLog(db, { key })).trusted).toMatchObject({ reason: "start", eventId: head.id });
    // The page reads only the newest checkpoints; the publication's own checkpoint is found by its reason.
    expect(await verifyAuditLog(db, { key, recentCheckpoints: 1 })).toMatchObject({ ok: true, trusted: { reason: "start" }, checkpoints: reasons.length });
  });

  it("detects an edited row whose later hashes were all recomputed", async () => {
    await appendEvents(db, 20);
    // A row before the publication's checkpoint; rows after the newest checkpoint only the next one protects.
    const [early] = await db.select({ id: auditEvents.id }).from(auditEvents).orderBy(asc(auditEvents.id)).offset(1).limit(1);
    await editAndRecompute(db, early.id);
    // The chain alone no longer sees it: this is the attack the checkpoints are for.
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    const report = await verifyAuditLog(db, { key, full: true });
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.kind)).toContain("recomputed");
    const pageReport = await verifyAuditLog(db, { key });
    expect(pageReport.problems.map((p) => p.kind)).toContain("recomputed");
  });

  it("detects that the newest 500 rows were deleted", async () => {
    await appendEvents(db, 600);
    await withGuardOff(db, "audit_event", () =>
      db.execute(sql`delete from audit_event where id in (select id from audit_event order by id desc limit 500)`),
    );
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    const report = await verifyAuditLog(db, { key });
    expect(report.ok).toBe(false);
    expect(report.problems.filter((p) => p.kind === "missing-row").length).toBeGreaterThanOrEqual(4);
  });

  it("rejects a checkpoint that was not signed with the portal's key, and trusts the one before it", async () => {
    const before = await verifyAuditLog(db, { key });
    const [head] = await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    const fields = { eventId: head.id, headHash: head.hash, reason: "daily", createdAt: new Date() };
    const [forged] = await db.insert(auditCheckpoints).values({ ...fields, mac: checkpointMac("een-andere-sleutel-die-de-aanvaller-koos", fields) }).returning();
    const report = await verifyAuditLog(db, { key });
    expect(report.problems).toEqual([expect.objectContaining({ kind: "forged-checkpoint", checkpointId: forged.id })]);
    expect(report.trusted?.id).toBe(before.trusted?.id);
  });

  it("detects rows after the trusted checkpoint that were edited", async () => {
    await appendEvents(db, 5);
    const [last] = await db.select({ id: auditEvents.id }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    await withGuardOff(db, "audit_event", () => db.update(auditEvents).set({ actorLabel: "iemand anders" }).where(eq(auditEvents.id, last.id)));
    const report = await verifyAuditLog(db, { key });
    expect(report.problems).toEqual([expect.objectContaining({ kind: "edited-row", eventId: last.id })]);
  });

  it("stores the content hash of a version and detects a changed published list", async () => {
    const [version] = await db.select().from(listVersions);
    expect(version.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const [published] = await db.select().from(auditEvents).where(eq(auditEvents.action, "list.publish"));
    expect(published.after).toMatchObject({ contentHash: version.contentHash });

    await withGuardOff(db, "list_version_app", () => db.update(listVersionApps).set({ measure: "discouraged" }).where(eq(listVersionApps.name, "TikTok")));
    const report = await verifyAuditLog(db, { key });
    expect(report.problems).toEqual([expect.objectContaining({ kind: "version-content", version: 1 })]);
  });

  it("reports a log without any checkpoint", async () => {
    await withGuardOff(db, "audit_checkpoint", () => db.execute(sql`delete from audit_checkpoint`));
    const report = await verifyAuditLog(db, { key });
    expect(report.problems.map((p) => p.kind)).toEqual(expect.arrayContaining(["no-checkpoint", "missing-publication-checkpoint"]));
  });
});
