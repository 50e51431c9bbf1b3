import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apps, auditEvents, vendors } from "@/db/schema";
import { seedDemo } from "@/lib/demo/seed";
import { writeAudit } from "@/lib/audit/chain";
import { freshDb, testDatabases } from "@/test/databases";
import { checkAppCsv, importAppCsv } from "./app-import";
import { getPendingChanges } from "./publish";

const HEADER = "naam;leverancier;land;categorie;maatregel;bron;ios_bundel_id;android_pakketnaam;toelichting";
const file = (...rows: string[]) => [HEADER, ...rows].join("\r\n");

describe.each(testDatabases)("app-import op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
    await seedDemo(db, { organisationName: "Gemeente Test" });
  });
  afterAll(() => close());

  const totals = async () => {
    const [[a], [v], [e]] = await Promise.all([
      db.select({ n: count() }).from(apps),
      db.select({ n: count() }).from(vendors),
      db.select({ n: count() }).from(auditEvents),
    ]);
    return { apps: a.n, vendors: v.n, audit: e.n };
  };
  const runImport = (text: string) =>
    db.transaction((tx) =>
      importAppCsv(tx, text, {
        idSource: "CSV-import test",
        audit: (event) => writeAudit(tx, { ...event, actorId: null, actorLabel: "test", result: "success" }),
      }),
    );

  it("reports identifiers that apps in the draft already use, but not those of removed apps", async () => {
    const [lemon8] = await db.select().from(apps).where(eq(apps.name, "Lemon8"));
    await db.update(apps).set({ removedAt: new Date(), removedReason: "test", androidPackage: "com.voorbeeld.verwijderd" }).where(eq(apps.id, lemon8.id));

    const result = await checkAppCsv(db, file(
      "TikTok Lite;Bytedance;CN;Sociale media;verboden;eigen;;com.zhiliaoapp.musically;",
      "Weixin;Tencent;;Berichten;verboden;eigen;COM.TENCENT.XIN;;",
      "Lemon8 nieuw;Bytedance;CN;Sociale media;verboden;eigen;;com.voorbeeld.verwijderd;",
      "temu;pdd holdings;;Winkelen;verboden;eigen;;;",
    ));
    expect(result.errors.map((e) => e.message)).toEqual([
      "Regel 2: de Android-pakketnaam 'com.zhiliaoapp.musically' hoort al bij TikTok (Bytedance) in het concept.",
      "Regel 3: de iOS-bundel-ID 'COM.TENCENT.XIN' hoort al bij WeChat (Tencent) in het concept.",
      "Regel 5: de app 'temu' van PDD Holdings staat al in het concept.",
    ]);
    expect(result.rows.map((r) => r.line)).toEqual([4]);
  });

  it("imports nothing when one row is wrong", async () => {
    const before = await totals();
    const outcome = await runImport(file(
      "Douyin;Bytedance;CN;Video;verboden;eigen;com.ss.iphone.ugc.Aweme;;",
      "Nieuwe app;Nieuw Bedrijf;CN;Video;verboden;eigen;;com..kapot;",
    ));
    expect(outcome).toEqual({ ok: false, errors: [expect.objectContaining({ line: 3, message: expect.stringContaining("'com..kapot' is ongeldig") })] });
    expect(await totals()).toEqual(before);
  });

  it("adds the apps and new vendors to the draft, unverified, with an audit row each", async () => {
    const before = await totals();
    const outcome = await runImport(file(
      "Douyin;bytedance;;Video;ontraden;eigen;com.ss.iphone.ugc.Aweme;;Chinese versie van TikTok",
      "Yandex Browser;Yandex;RU;Browser;verboden;eigen;;com.voorbeeld.yandex;",
      "Yandex Maps;yandex;;Kaarten;verboden;eigen;;;",
    ));
    expect(outcome).toMatchObject({ ok: true, vendors: [{ name: "Yandex" }] });
    expect(await totals()).toEqual({ apps: before.apps + 3, vendors: before.vendors + 1, audit: before.audit + 4 });

    const [douyin] = await db.select().from(apps).where(eq(apps.name, "Douyin"));
    expect(douyin).toMatchObject({ measure: "discouraged", source: "own_finding", iosIdSource: "CSV-import test", iosVerifiedAt: null, androidIdSource: null, notes: "Chinese versie van TikTok" });
    const [yandex] = await db.select().from(vendors).where(eq(vendors.name, "Yandex"));
    const yandexApps = await db.select({ name: apps.name }).from(apps).where(eq(apps.vendorId, yandex.id));
    expect(yandexApps.map((a) => a.name).sort()).toEqual(["Yandex Browser", "Yandex Maps"]);

    const pending = await getPendingChanges(db);
    expect(pending.apps.added.map((a) => a.label)).toEqual(expect.arrayContaining(["Douyin (Bytedance)", "Yandex Browser (Yandex)", "Yandex Maps (Yandex)"]));
  });

  it("refuses the same file a second time, because the apps are now in the draft", async () => {
    const outcome = await checkAppCsv(db, file("Yandex Maps;Yandex;RU;Kaarten;verboden;eigen;;;"));
    expect(outcome.errors.map((e) => e.message)).toEqual(["Regel 2: de app 'Yandex Maps' van Yandex staat al in het concept."]);
  });
});
