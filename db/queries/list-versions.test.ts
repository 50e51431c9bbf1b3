import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { apps, auditCheckpoints, auditEvents, listVersions } from "@/db/schema";
import { getPublishedVersionSummary } from "@/db/queries/open-data";
import { toApiVersion } from "@/lib/api/representation";
import type { Db } from "@/db/client";
import { seedDemo } from "@/lib/demo/seed";
import { demoApps } from "@/db/seed/demo-lists";
import { getLatestVersion, getVersionSnapshot, versionContentHash } from "./list-versions";
import { getPendingChanges, publishListVersion, NothingToPublishError } from "@/lib/lists/publish";
import { freshDb, testDatabases } from "@/test/databases";

describe("versionContentHash", () => {
  const country = { countryId: 2, code: "CN", name: "China", basis: "AIVD", listedOn: "2023-05-17", nextReviewOn: "2027-05-17" };
  const app = (appId: number, name: string) => ({
    appId, name, vendorName: "Bytedance", countryCode: "CN", countryName: "China", category: "Sociale media",
    measure: "banned" as const, source: "vng_top" as const, iosBundleId: null, iosVerified: false, androidPackage: null, androidVerified: false,
  });

  it("does not depend on the order the rows were read in, but on every field", () => {
    const a = versionContentHash({ countries: [country], apps: [app(1, "TikTok"), app(2, "Lemon8")] });
    expect(versionContentHash({ countries: [country], apps: [app(2, "Lemon8"), app(1, "TikTok")] })).toBe(a);
    expect(versionContentHash({ countries: [country], apps: [app(1, "TikTok"), { ...app(2, "Lemon8"), measure: "discouraged" }] })).not.toBe(a);
  });
});

describe.each(testDatabases)("lijstversies op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
    await seedDemo(db, { organisationName: "Gemeente Test" });
  });
  afterAll(() => close());

  it("publishes the demo list as version 1 with every app added", async () => {
    const latest = await getLatestVersion(db);
    expect(latest?.number).toBe(1);
    expect(latest?.changelog.apps.added).toHaveLength(demoApps.length);
    expect(latest?.changelog.countries.added.map((c) => c.label)).toContain("China (CN)");
    const snapshot = await getVersionSnapshot(db, latest!.id);
    expect(snapshot.apps.find((a) => a.name === "TikTok")).toMatchObject({ androidPackage: "com.zhiliaoapp.musically", iosVerified: false });
  });

  it("refuses to publish when the draft equals the latest version", async () => {
    await expect(db.transaction((tx) => publishListVersion(tx, { userId: null, name: "test" }, "geen wijziging"))).rejects.toBeInstanceOf(NothingToPublishError);
  });

  it("records added, removed and changed apps in the next version's changelog", async () => {
    const [tiktok] = await db.select().from(apps).where(eq(apps.name, "TikTok"));
    const [lemon8] = await db.select().from(apps).where(eq(apps.name, "Lemon8"));
    await db.update(apps).set({ measure: "discouraged" }).where(eq(apps.id, tiktok.id));
    await db.update(apps).set({ removedAt: new Date(), removedReason: "test" }).where(eq(apps.id, lemon8.id));
    await db.insert(apps).values({ name: "Telegram-test", vendorId: tiktok.vendorId, category: "Berichten", measure: "banned", source: "own_finding" });

    const pending = await getPendingChanges(db);
    expect(pending.apps.added.map((a) => a.label)).toEqual(["Telegram-test (Bytedance)"]);
    expect(pending.apps.removed.map((a) => a.label)).toEqual(["Lemon8 (Bytedance)"]);
    expect(pending.apps.changed).toEqual([{ id: tiktok.id, label: "TikTok (Bytedance)", changes: [{ field: "measure", before: "banned", after: "discouraged" }] }]);

    const version = await db.transaction((tx) => publishListVersion(tx, { userId: null, name: "test" }, "tweede"));
    expect(version.number).toBe(2);
    const snapshot = await getVersionSnapshot(db, version.id);
    expect(snapshot.apps.some((a) => a.name === "Lemon8")).toBe(false);
    expect(snapshot.apps.find((a) => a.name === "TikTok")?.measure).toBe("discouraged");
  });

  it("stores the content hash at publication and publishes it with the chain head in the open-data API", async () => {
    const latest = await getLatestVersion(db);
    expect(latest?.contentHash).toBe(versionContentHash(await getVersionSnapshot(db, latest!.id)));
    const [v1] = await db.select().from(listVersions).where(eq(listVersions.number, 1));
    const [published] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "list.publish"), eq(auditEvents.objectId, "1")));
    expect(published.after).toMatchObject({ number: 1, contentHash: v1.contentHash });
    const [checkpoint] = await db.select().from(auditCheckpoints).where(eq(auditCheckpoints.reason, "publication:1"));
    expect(checkpoint).toMatchObject({ eventId: published.id, headHash: published.hash });

    const api = toApiVersion((await getPublishedVersionSummary(db, 1))!, new Request("http://localhost/api/v1/lijstversies/1"));
    expect(api).toMatchObject({ inhoudHash: v1.contentHash, auditketenHash: published.hash });
  });

  it("keeps published versions immutable in the database itself", async () => {
    await expect(db.update(listVersions).set({ note: "herschreven" }).where(eq(listVersions.number, 1))).rejects.toThrow();
    await expect(db.execute(sql`delete from list_version_app`)).rejects.toThrow();
    const [v1] = await db.select().from(listVersions).where(eq(listVersions.number, 1));
    expect(v1.note).not.toBe("herschreven");
  });
});
