import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { seedDemo } from "@/lib/demo/seed";
import { demoApps } from "@/db/seed/demo-lists";
import { freshDb, testDatabases } from "@/test/databases";
import { getVersionSnapshot } from "./list-versions";
import { getPublishedVersionSummary, listVersionAppsFiltered } from "./open-data";
import { listPublicAppsPage, listPublicCountries } from "./public-list";

describe.each(testDatabases)("openbare lijst per pagina op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let versionId: number;
  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
    await seedDemo(db, { organisationName: "Gemeente Test" });
    versionId = (await getPublishedVersionSummary(db))!.id;
  });
  afterAll(() => close());

  it("gives the apps page by page in the API's order, with the total, and nothing past the last page", async () => {
    const all = await listVersionAppsFiltered(db, versionId);
    expect(all).toHaveLength(demoApps.length);
    const pages = [];
    for (let page = 1; page <= Math.ceil(all.length / 25); page++) {
      const result = await listPublicAppsPage(db, versionId, {}, { page, pageSize: 25 });
      expect(result.total).toBe(all.length);
      expect(result.apps.length).toBeLessThanOrEqual(25);
      pages.push(...result.apps);
    }
    expect(pages).toEqual(all);
    expect(await listPublicAppsPage(db, versionId, {}, { page: 99, pageSize: 25 })).toEqual({ apps: [], total: all.length });
  });

  it("filters and counts as the open-data API does", async () => {
    for (const filter of [{ search: "tiktok" }, { search: "com." }, { countryCode: "cn" }, { search: "100%_" }, { search: "te", countryCode: "RU" }]) {
      const expected = await listVersionAppsFiltered(db, versionId, filter);
      const result = await listPublicAppsPage(db, versionId, filter, { page: 1, pageSize: 5 });
      expect(result.total).toBe(expected.length);
      expect(result.apps).toEqual(expected.slice(0, 5));
    }
    expect((await listPublicAppsPage(db, versionId, { search: "tiktok" }, { page: 1, pageSize: 25 })).apps.map((a) => a.name)).toEqual(["TikTok"]);
  });

  it("reads the countries without the apps, as the snapshot has them", async () => {
    expect(await listPublicCountries(db, versionId)).toEqual((await getVersionSnapshot(db, versionId)).countries);
  });
});
