import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { seededDb, testDatabases } from "@/test/databases";
import type { Db } from "@/db/client";
import { getApp, getCountry, getVendor, listDraftApps } from "@/db/queries/lists";
import { getVersionByNumber } from "@/db/queries/list-versions";
import { getPublishedVersionSummary, listVersionAppsFiltered } from "@/db/queries/open-data";
import { parseAuditFilters } from "@/lib/audit/filters";
import { listAuditEvents } from "@/lib/audit/read";
import { MAX_RECORD_ID, parseRecordId, textParam } from "@/lib/params";
import { parseAppFilters } from "@/app/(portal)/lijsten/apps/filters";
import { parsePublicFilters } from "@/app/(public)/filters";
import { naughtyStrings } from "./naughty";

// Pages cannot be rendered outside Next, so this tests what a page does with its address: the
// parsers of its query parameters and route segments, and the queries they feed, with every naughty
// string in every parameter. A 5xx would be a throw here.
const AUDIT_PARAMS = ["van", "tot", "wie", "handeling", "object", "resultaat", "pagina"];
const APP_PARAMS = ["zoek", "land", "leverancier", "maatregel", "bron", "sorteer"];
const PUBLIC_PARAMS = ["zoek", "land"];

const all = (names: string[], value: string) => Object.fromEntries(names.map((n) => [n, value]));

describe("parsers van zoekparameters", () => {
  it("textParam never returns a control character, an empty text or more than the maximum", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.constantFrom(...naughtyStrings)), fc.integer({ min: 1, max: 200 }), (value, max) => {
      const text = textParam(value, max);
      if (text === undefined) return;
      expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(max);
    }));
  });

  it("parseRecordId gives a whole number within the integer range, or null", () => {
    expect(parseRecordId("12")).toBe(12);
    expect(parseRecordId(String(MAX_RECORD_ID))).toBe(MAX_RECORD_ID);
    for (const bad of ["99999999999", "2147483648", "0", "-1", "1e3", "0x10", "1.5", "", "\u0000", " 0012"]) expect(parseRecordId(bad)).toBeNull();
    fc.assert(fc.property(fc.oneof(fc.string(), fc.constantFrom(...naughtyStrings)), (value) => {
      const id = parseRecordId(value);
      if (id !== null) expect(Number.isSafeInteger(id) && id >= 1 && id <= MAX_RECORD_ID).toBe(true);
    }));
  });

  it("impossible audit dates give a Dutch message, not a filter", () => {
    const { filters, errors } = parseAuditFilters(new URLSearchParams("van=2026-02-30&tot=0000-01-01&wie=%00"));
    expect(filters).toEqual({});
    expect(errors).toEqual([expect.stringContaining("De datum bij ‘Van’ klopt niet"), expect.stringContaining("De datum bij ‘Tot en met’ klopt niet")]);
  });
});

describe.each(testDatabases)("zoekparameters naar de database op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let versionId: number;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    versionId = (await getPublishedVersionSummary(db))!.id;
  });
  afterAll(() => close());

  const ciso = { roles: ["ciso" as const] };

  async function everyPage(value: string) {
    const audit = parseAuditFilters(all(AUDIT_PARAMS, value));
    await listAuditEvents(db, ciso, audit.filters, { limit: 50, offset: (audit.page - 1) * 50 });
    await listDraftApps(db, parseAppFilters(all(APP_PARAMS, value)));
    const publicFilters = parsePublicFilters(all(PUBLIC_PARAMS, value));
    await listVersionAppsFiltered(db, versionId, { search: publicFilters.search, countryCode: publicFilters.country });
    const id = parseRecordId(value);
    if (id !== null) await Promise.all([getApp(db, id), getCountry(db, id), getVendor(db, id), getVersionByNumber(db, id)]);
  }

  it("every naughty string in every parameter of the audit log, the apps list and the public list", async () => {
    for (const value of naughtyStrings) {
      await expect(everyPage(value), JSON.stringify(value).slice(0, 100)).resolves.toBeUndefined();
    }
  }, 300_000);

  it("random mixes per parameter (fast-check)", async () => {
    const value = fc.oneof(fc.constantFrom(...naughtyStrings), fc.string({ unit: "binary" }));
    await fc.assert(
      fc.asyncProperty(fc.record(Object.fromEntries([...AUDIT_PARAMS, ...APP_PARAMS].map((n) => [n, value]))), async (params) => {
        const audit = parseAuditFilters(params);
        await listAuditEvents(db, ciso, audit.filters, { limit: 50, offset: (audit.page - 1) * 50 });
        await listDraftApps(db, parseAppFilters(params));
        const publicFilters = parsePublicFilters(params);
        await listVersionAppsFiltered(db, versionId, { search: publicFilters.search, countryCode: publicFilters.country });
      }),
      { numRuns: 100 },
    );
  }, 300_000);
});
