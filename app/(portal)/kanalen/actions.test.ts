import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { apps, auditEvents, channels, departments } from "@/db/schema";
import type { Db } from "@/db/client";
import { countFlaggedChannels, getChannel, listChannels } from "@/db/queries/channels";
import { addDaysIso } from "@/lib/council-questions/answer-term";
import { todayIso } from "@/lib/dates";
import { createChannelAction, updateChannelAction } from "./actions";

const today = todayIso();
let serial = 0;

describe.each(testDatabases)("communicatiekanalen op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let ciso: TestViewer;
  let griffie: TestViewer;
  let staff: TestViewer;
  let tiktokId: number;
  let communicatieId: number;

  const input = (overrides: Record<string, string> = {}) => ({
    platform: "Mastodon", account: `@gemeente${++serial}`, url: "https://social.example/@gemeente", departmentId: String(communicatieId),
    appId: "geen", status: "active", closedOn: "", notes: "", ...overrides,
  });
  const create = async (overrides: Record<string, string> = {}) => {
    harness.viewer = ciso;
    const values = input(overrides);
    const { state, redirectTo } = await call(createChannelAction, values);
    expect(state, JSON.stringify(state)).toBeNull();
    expect(redirectTo).toBe("/kanalen");
    const [row] = await db.select().from(channels).where(and(eq(channels.platform, values.platform), eq(channels.account, values.account)));
    return row;
  };

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
    griffie = await viewerFor(db, "griffie@voorbeeld.nl");
    staff = await viewerFor(db, "medewerker@voorbeeld.nl");
    [{ id: tiktokId }] = await db.select({ id: apps.id }).from(apps).where(eq(apps.name, "TikTok"));
    [{ id: communicatieId }] = await db.select({ id: departments.id }).from(departments).where(eq(departments.name, "Communicatie"));
  });
  afterAll(() => close());

  it("the demo has the TikTok account of the raadsvragen (being phased out, flagged first), a closed WeChat account and others, each with an audit row", async () => {
    const rows = await listChannels(db);
    expect(rows[0]).toMatchObject({ platform: "TikTok", account: "@gemeentevoorbeeld", status: "winding_down", departmentName: "Communicatie", flagged: true, closedOn: null });
    expect(rows[0].notes).toContain("vraag 7 en 8");
    expect(rows.filter((r) => r.flagged).map((r) => r.account)).toEqual(["@gemeentevoorbeeld", "@jongerenwerkvoorbeeld"]);
    expect(rows.find((r) => r.platform === "WeChat")).toMatchObject({ status: "closed", flagged: false, appName: "WeChat" });
    expect(rows.at(-1)!.status).toBe("closed");
    expect(await countFlaggedChannels(db)).toBe(2);
    expect(await db.$count(auditEvents, and(eq(auditEvents.action, "channel.create"), eq(auditEvents.actorLabel, "systeem (demogegevens)")))).toBe(rows.length);
  });

  it("adds an entry with its audit row; an app of the list flags it until it is closed, with before and after in the audit log", async () => {
    const row = await create({ platform: "Douyin-test", appId: String(tiktokId) });
    expect((await getChannel(db, row.id))!.flagged).toBe(true);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "channel.create", objectType: "communication_channel", objectId: String(row.id), actorId: ciso.id, result: "success" });

    const { redirectTo } = await call(updateChannelAction, input({ id: String(row.id), platform: row.platform, account: row.account, appId: String(tiktokId), status: "closed", closedOn: today }));
    expect(redirectTo).toBe(`/kanalen/${row.id}`);
    expect(await getChannel(db, row.id)).toMatchObject({ status: "closed", closedOn: today, flagged: false });
    expect(await lastAuditEvent(db)).toMatchObject({ action: "channel.update", before: { status: "active", closedOn: null }, after: { status: "closed", closedOn: today } });
  });

  it("refuses a closing date with another status, a closed status without a date or with a future one, and bad fields; keeps what was typed", async () => {
    harness.viewer = ciso;
    const before = await db.$count(channels);
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ status: "closed", closedOn: "" }, "closedOn", /Vul de datum in/],
      [{ status: "closed", closedOn: addDaysIso(today, 1) }, "closedOn", /niet in de toekomst/],
      [{ status: "active", closedOn: "2024-01-01" }, "closedOn", /geen datum van opheffen/],
      [{ status: "closed", closedOn: "2024-02-30" }, "closedOn", /bestaande datum/],
      [{ url: "javascript:alert(1)" }, "url", /volledig webadres/],
      [{ platform: "" }, "platform", /Vul het platform in/],
      [{ appId: "abc" }, "appId", /Geen app op de lijst/],
      [{ status: "weg" }, "status", /actief, wordt afgebouwd of opgeheven/],
    ];
    for (const [overrides, field, message] of cases) {
      const { state } = await call(createChannelAction, input(overrides));
      expect(state?.ok, JSON.stringify(overrides)).toBe(false);
      expect(state!.fieldErrors![field][0], JSON.stringify(overrides)).toMatch(message);
      expect(state!.values).toMatchObject(overrides);
    }
    expect(await db.$count(channels)).toBe(before);
  });

  it("refuses an app that is not on the list in force and a department that does not exist", async () => {
    harness.viewer = ciso;
    const { state } = await call(createChannelAction, input({ appId: "999999", departmentId: "999999" }));
    expect(state!.fieldErrors).toMatchObject({ appId: [expect.stringContaining("lijst die nu geldt")], departmentId: [expect.stringContaining("afdeling")] });
  });

  it("refuses a duplicate platform and account in any case with a Dutch message on the account field, on create and on edit", async () => {
    harness.viewer = ciso;
    const { state } = await call(createChannelAction, input({ platform: "tiktok", account: "@GemeenteVoorbeeld" }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { account: [expect.stringContaining("staat al in het register")] } });
    const other = await create();
    const edit = await call(updateChannelAction, input({ id: String(other.id), platform: "TIKTOK", account: "@gemeentevoorbeeld" }));
    expect(edit.state).toMatchObject({ ok: false, fieldErrors: { account: [expect.stringContaining("staat al in het register")] } });
    expect((await getChannel(db, other.id))!.platform).toBe("Mastodon");
  });

  it("of 50 parallel identical additions exactly one is stored, with one audit row", async () => {
    harness.viewer = ciso;
    const values = input({ platform: "Threads" });
    const results = await Promise.all(Array.from({ length: 50 }, () => call(createChannelAction, values)));
    expect(results.filter((r) => r.redirectTo === "/kanalen")).toHaveLength(1);
    expect(results.filter((r) => r.state?.fieldErrors?.account)).toHaveLength(49);
    const rows = await db.select().from(channels).where(sql`lower(${channels.account}) = lower(${values.account})`);
    expect(rows).toHaveLength(1);
    expect(await db.$count(auditEvents, and(eq(auditEvents.action, "channel.create"), eq(auditEvents.objectId, String(rows[0].id))))).toBe(1);
  });

  it("50 parallel edits of one entry wait for each other: the last state is whole and each change has its audit row", async () => {
    const row = await create();
    harness.viewer = ciso;
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => call(updateChannelAction, input({ id: String(row.id), platform: row.platform, account: row.account, notes: `versie ${i}` }))));
    expect(results.every((r) => r.redirectTo === `/kanalen/${row.id}`)).toBe(true);
    expect(await db.$count(auditEvents, and(eq(auditEvents.action, "channel.update"), eq(auditEvents.objectId, String(row.id))))).toBe(50);
  });

  it("the griffie and a medewerker change nothing and are logged as denied", async () => {
    const row = await create();
    for (const viewer of [griffie, staff]) {
      harness.viewer = viewer;
      const count = await db.$count(channels);
      const created = await call(createChannelAction, input());
      expect(created.state).toMatchObject({ ok: false, message: "U heeft geen toestemming voor deze handeling." });
      expect(await lastAuditEvent(db)).toMatchObject({ action: "channel.create", actorId: viewer.id, result: "denied", objectId: "channels.manage" });
      const updated = await call(updateChannelAction, input({ id: String(row.id), platform: row.platform, account: row.account, status: "winding_down" }));
      expect(updated.state?.ok).toBe(false);
      expect(await lastAuditEvent(db)).toMatchObject({ action: "channel.update", actorId: viewer.id, result: "denied", objectId: "channels.manage" });
      expect(await db.$count(channels)).toBe(count);
      expect((await getChannel(db, row.id))!.status).toBe("active");
    }
  });
});
