import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq, sql } from "drizzle-orm";
import { seededDb, testDatabases } from "@/test/databases";
import type { Db } from "@/db/client";
import { inventoryDevices, inventoryMatches } from "@/db/schema";
import { classifyStagingRange, summariseImport } from "./classify";
import { inDays, listedApp, newExemption, newImport, newPerson, row, stage } from "./inventory.fixtures";

describe.each(testDatabases)("inventaris classificeren op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => ({ db, close } = await seededDb(url)));
  afterAll(() => close());

  const matchesOf = (importId: number) =>
    db.select({ deviceId: inventoryMatches.deviceId, appName: inventoryMatches.appName, kind: inventoryMatches.matchKind, key: inventoryMatches.installedKey })
      .from(inventoryMatches).where(eq(inventoryMatches.importId, importId)).orderBy(asc(inventoryMatches.deviceId), asc(inventoryMatches.appName));

  async function classify(rows: Parameters<typeof stage>[1]) {
    const imp = await newImport(db);
    await classifyStagingRange(db, { ...imp, ...(await stage(db, rows)) });
    return imp;
  }

  it("matches by iOS bundle id and Android package name, ignoring case; unlisted apps are not matched", async () => {
    const { importId } = await classify([
      row("d1", null, { key: "COM.Tencent.XIN", name: "WeChat", publisher: "" }),
      row("d2", null, { key: "com.tencent.mm", name: "Weixin" }, "Android"),
      row("d3", null, { key: "com.lemon.lvoverseas", name: "CapCut - Video Editor" }, "Android"),
      row("d3", null, { key: "com.microsoft.teams", name: "Teams", publisher: "Microsoft" }, "Android"),
    ]);
    expect(await matchesOf(importId)).toEqual([
      { deviceId: "d1", appName: "WeChat", kind: "identifier", key: "COM.Tencent.XIN" },
      { deviceId: "d2", appName: "WeChat", kind: "identifier", key: "com.tencent.mm" },
      { deviceId: "d3", appName: "CapCut", kind: "identifier", key: "com.lemon.lvoverseas" },
    ]);
  });

  it("falls back to name and a resembling publisher, flagged, only where no identifier matches", async () => {
    const { importId } = await classify([
      // Lemon8 has no identifier on the list: name (with odd case and spaces) and publisher decide.
      row("n1", null, { key: "com.bd.lemon8", name: "  lemon8 ", publisher: "ByteDance Pte. Ltd." }),
      // "Tencent" lies inside the vendor "Tencent": five letters or more.
      row("n2", null, { key: "com.other.wechat", name: "WeChat", publisher: "Tencent" }),
      // The identifier matches: the name is not used, and one row per device and app.
      row("n3", null, { key: "com.zhiliaoapp.musically", name: "TikTok", publisher: "TikTok Ltd." }),
      row("n3", null, { key: "com.tiktok.lite", name: "TikTok", publisher: "Bytedance" }),
    ]);
    expect(await matchesOf(importId)).toEqual([
      { deviceId: "n1", appName: "Lemon8", kind: "name", key: "com.bd.lemon8" },
      { deviceId: "n2", appName: "WeChat", kind: "name", key: "com.other.wechat" },
      { deviceId: "n3", appName: "TikTok", kind: "identifier", key: "com.zhiliaoapp.musically" },
    ]);
  });

  it("does not match a namesake whose publisher does not resemble the vendor, nor an unknown vendor", async () => {
    const { importId } = await classify([
      row("p1", null, { key: "nl.example.temu", name: "Temu", publisher: "Temu Fan Club BV" }),
      row("p2", null, { key: "nl.example.tiktok", name: "TikTok", publisher: "Byte" }),
      row("p3", null, { key: "nl.example.weibo", name: "Weibo", publisher: "" }),
      // Xender's vendor is unknown to the list: a publisher can never resemble it.
      row("p4", null, { key: "nl.example.xender", name: "Xender", publisher: "Xender Team" }),
      // A listed app name inside a longer name is another app.
      row("p5", null, { key: "nl.example.tt", name: "TikTok Downloader", publisher: "Bytedance" }),
    ]);
    expect(await matchesOf(importId)).toEqual([]);
  });

  it("classifies over ranges: devices and matches are kept once, and a later identifier upgrades a name match", async () => {
    const imp = await newImport(db);
    await classifyStagingRange(db, { ...imp, ...(await stage(db, [
      row("r1", null, { key: "com.bd.lemon8", name: "TikTok", publisher: "Bytedance" }),
      row("r2", null, { key: "com.tencent.xin", name: "WeChat" }),
    ])) });
    expect((await matchesOf(imp.importId)).map((m) => m.kind)).toEqual(["name", "identifier"]);
    await classifyStagingRange(db, { ...imp, ...(await stage(db, [
      { ...row("r1", null, { key: "com.zhiliaoapp.musically", name: "TikTok" }), deviceName: "Later naam" },
      row("r2", null, { key: "com.other", name: "WeChat", publisher: "Tencent Holdings" }),
    ])) });
    expect(await matchesOf(imp.importId)).toEqual([
      { deviceId: "r1", appName: "TikTok", kind: "identifier", key: "com.zhiliaoapp.musically" },
      { deviceId: "r2", appName: "WeChat", kind: "identifier", key: "com.tencent.xin" },
    ]);
    const devices = await db.select({ deviceId: inventoryDevices.deviceId, name: inventoryDevices.deviceName }).from(inventoryDevices)
      .where(eq(inventoryDevices.importId, imp.importId)).orderBy(asc(inventoryDevices.deviceId));
    expect(devices).toEqual([{ deviceId: "r1", name: "Toestel r1" }, { deviceId: "r2", name: "Toestel r2" }]);
  });

  it("only the rows in the range of blocks are read, and a range holds the rows in file order", async () => {
    const imp = await newImport(db);
    const devices = Array.from({ length: 400 }, (_, i) => `s${String(i).padStart(3, "0")}`);
    const { toBlock } = await stage(db, devices.map((d) => row(d, null, { key: "com.tencent.xin" })));
    expect(toBlock).toBeGreaterThan(1);
    const inFirstBlock = await db.execute(sql`select count(*)::int as n from inventory_staging where ctid < '(1,0)'::tid`);
    const n = Number(((Array.isArray(inFirstBlock) ? inFirstBlock : (inFirstBlock as unknown as { rows: { n: number }[] }).rows) as { n: number }[])[0].n);
    await classifyStagingRange(db, { ...imp, fromBlock: 0, toBlock: 1 });
    expect((await matchesOf(imp.importId)).map((m) => m.deviceId)).toEqual(devices.slice(0, n));
    await classifyStagingRange(db, { ...imp, fromBlock: 1, toBlock });
    expect(await matchesOf(imp.importId)).toHaveLength(devices.length);
  });

  it("owners: an active account by e-mail in any case; inactive or unknown addresses give an unknown owner", async () => {
    const active = await newPerson(db);
    const inactive = await newPerson(db, { active: false });
    const imp = await classify([
      row("o1", active.email.toUpperCase(), { key: "x" }),
      row("o2", inactive.email, { key: "x" }),
      row("o3", "niemand@elders.nl", { key: "x" }),
      row("o4", "", { key: "x" }),
    ]);
    const devices = await db.select({ deviceId: inventoryDevices.deviceId, userId: inventoryDevices.userId, ownerEmail: inventoryDevices.ownerEmail })
      .from(inventoryDevices).where(eq(inventoryDevices.importId, imp.importId)).orderBy(asc(inventoryDevices.deviceId));
    expect(devices).toEqual([
      { deviceId: "o1", userId: active.id, ownerEmail: active.email.toUpperCase() },
      { deviceId: "o2", userId: null, ownerEmail: inactive.email },
      { deviceId: "o3", userId: null, ownerEmail: "niemand@elders.nl" },
      { deviceId: "o4", userId: null, ownerEmail: null },
    ]);
  });

  it("classification: only an approved exemption of that person for that app that still runs covers", async () => {
    const covered = await newPerson(db);
    const lastDay = await newPerson(db);
    const expired = await newPerson(db);
    const revoked = await newPerson(db);
    const otherApp = await newPerson(db);
    const someoneElse = await newPerson(db);
    const imp = await newImport(db);
    const tiktok = await listedApp(db, imp.listVersionId, "TikTok");
    const wechat = await listedApp(db, imp.listVersionId, "WeChat");
    await newExemption(db, { userId: covered.id, appId: tiktok.appId, endsOn: inDays(30) });
    await newExemption(db, { userId: lastDay.id, appId: tiktok.appId, endsOn: inDays(0) });
    await newExemption(db, { userId: expired.id, appId: tiktok.appId, endsOn: inDays(-1) });
    await newExemption(db, { userId: revoked.id, appId: tiktok.appId, endsOn: inDays(30), status: "revoked" });
    await newExemption(db, { userId: otherApp.id, appId: wechat.appId, endsOn: inDays(30) });
    await newExemption(db, { userId: someoneElse.id, appId: tiktok.appId, endsOn: inDays(30), status: "requested" });
    const tt = { key: "com.zhiliaoapp.musically" };
    const range = await stage(db, [
      row("c1", covered.email, tt), row("c1", covered.email, { key: "com.tencent.xin" }),
      row("c2", lastDay.email, tt), row("c3", expired.email, tt), row("c4", revoked.email, tt),
      row("c5", otherApp.email, tt), row("c6", someoneElse.email, tt), row("c7", "onbekend@elders.nl", tt),
      row("c8", covered.email, { key: "com.microsoft.teams" }),
    ]);
    await classifyStagingRange(db, { ...imp, ...range });
    const summary = await db.transaction((tx) => summariseImport(tx, imp.importId));
    // c1: TikTok covered, WeChat not; c2 covered on its last day; c3-c6 violations; c7 unknown; c8 nothing listed.
    expect(summary).toEqual({ deviceCount: 8, matchCount: 8, violatingDeviceCount: 5, violationCount: 5, exemptedCount: 2, unknownCount: 1 });
  });
});
