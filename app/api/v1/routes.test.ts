import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apps } from "@/db/schema";
import { seedDemo } from "@/lib/demo/seed";
import { demoApps } from "@/db/seed/demo-lists";
import { publishListVersion } from "@/lib/lists/publish";
import { API_VERSION } from "@/lib/api/problem";
import { freshDb, testDatabases } from "@/test/databases";
import * as indexRoute from "./route";
import * as appsRoute from "./apps/route";
import * as countriesRoute from "./landen/route";
import * as versionsRoute from "./lijstversies/route";
import * as currentVersionRoute from "./lijstversies/actueel/route";
import * as versionRoute from "./lijstversies/[nummer]/route";
import * as openApiRoute from "./openapi.json/route";
import * as unknownRoute from "./[...pad]/route";
import { expectApiHeaders, expectProblem, get, useDb } from "./test-kit";

const RFC3339_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const RFC3339_FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

const version = (nummer: string) => versionRoute.GET(get(`/lijstversies/${nummer}`), { params: Promise.resolve({ nummer }) });

// Links name the request's own origin unless AUTH_URL or APP_URL says otherwise; each test sets them.
beforeEach(() => {
  vi.stubEnv("AUTH_URL", "");
  vi.stubEnv("APP_URL", "");
});
afterEach(() => vi.unstubAllEnvs());

describe.each(testDatabases)("open-data-API op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
    await seedDemo(db, { organisationName: "Gemeente Test" });
  });
  beforeEach(() => useDb(db));
  afterAll(async () => {
    useDb(undefined);
    await close();
  });

  it("lists the published versions with RFC 3339 dates and counts", async () => {
    const response = await versionsRoute.GET(get("/lijstversies"));
    expect(response.status).toBe(200);
    expectApiHeaders(response);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    const body = await response.json();
    expect(body.lijstversies).toHaveLength(1);
    const [first] = body.lijstversies;
    expect(first).toMatchObject({ nummer: 1, aantalApps: demoApps.length, aantalLanden: 4 });
    expect(first.gepubliceerdOp).toMatch(RFC3339_DATE_TIME);
    expect(first._links.self.href).toBe("http://portaal.test/api/v1/lijstversies/1");
  });

  it("shows one version with its changelog, and the current one", async () => {
    const response = await version("1");
    expectApiHeaders(response);
    const body = await response.json();
    expect(body.wijzigingen.apps.toegevoegd.map((a: { omschrijving: string }) => a.omschrijving)).toContain("TikTok (Bytedance)");
    expect(body.wijzigingen.landen.toegevoegd).toHaveLength(4);
    const current = await (await currentVersionRoute.GET(get("/lijstversies/actueel"))).json();
    expect(current.nummer).toBe(1);
  });

  it("answers an unknown version with 404 problem+json", async () => {
    await expectProblem(await version("99"), 404, /Lijstversie 99 bestaat niet/);
    await expectProblem(await appsRoute.GET(get("/apps?lijstversie=99")), 404, /Lijstversie 99 bestaat niet/);
  });

  it.each(["abc", "0", "01", "-1", "1.5"])("refuses version number %s with 400 problem+json", async (nummer) => {
    await expectProblem(await version(nummer), 400, /positief geheel getal/);
  });

  it("returns the TikTok entry as published", async () => {
    const response = await appsRoute.GET(get("/apps"));
    expect(response.status).toBe(200);
    expectApiHeaders(response);
    const body = await response.json();
    expect(body).toMatchObject({ lijstversie: 1, aantal: demoApps.length });
    expect(body.apps.find((a: { naam: string }) => a.naam === "TikTok")).toEqual({
      id: expect.any(Number),
      naam: "TikTok",
      leverancier: "Bytedance",
      landcode: "CN",
      land: "China",
      categorie: "Sociale media",
      maatregel: "verboden",
      maatregelOmschrijving: "Verboden op werkapparaten",
      bron: "vng-top",
      iosBundelId: "com.zhiliaoapp.musically",
      iosGeverifieerd: false,
      androidPakketnaam: "com.zhiliaoapp.musically",
      androidGeverifieerd: false,
    });
  });

  it("filters apps by country and search text", async () => {
    const names = async (query: string) => ((await (await appsRoute.GET(get(`/apps?${query}`))).json()).apps as { naam: string }[]).map((a) => a.naam);
    expect(await names("land=cn&zoek=musically")).toEqual(["TikTok"]);
    expect(await names("zoek=COM.TENCENT.XIN")).toEqual(["WeChat"]);
    expect(await names("land=RU")).toEqual([]);
    // A % is a character to look for, not a wildcard.
    expect(await names("zoek=%25")).toEqual([]);
  });

  it.each([
    ["land=china", /landcode van twee letters/],
    ["lijstversie=een", /positief geheel getal/],
    ["formaat=xml", /json of csv/],
    [`zoek=${"a".repeat(101)}`, /hoogstens 100 tekens/],
  ])("refuses ?%s with 400 and a Dutch explanation", async (query, detail) => {
    await expectProblem(await appsRoute.GET(get(`/apps?${query}`)), 400, detail);
  });

  it("offers the apps as CSV by parameter or Accept header", async () => {
    for (const response of [await appsRoute.GET(get("/apps?formaat=csv")), await appsRoute.GET(get("/apps", { Accept: "text/csv" }))]) {
      expect(response.status).toBe(200);
      expectApiHeaders(response);
      expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)], "byte order mark for Excel").toEqual([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes).trim().split("\r\n");
      expect(lines[0]).toMatch(/^id,naam,leverancier,landcode/);
      expect(lines).toHaveLength(demoApps.length + 1);
      expect(lines.find((l) => l.includes(",TikTok,"))).toMatch(/,TikTok,Bytedance,CN,China,Sociale media,verboden,vng-top,com\.zhiliaoapp\.musically,false,/);
    }
  });

  it("lists the countries with full dates", async () => {
    const response = await countriesRoute.GET(get("/landen"));
    expectApiHeaders(response);
    const body = await response.json();
    expect(body.landen.map((l: { landcode: string }) => l.landcode).sort()).toEqual(["CN", "IR", "KP", "RU"]);
    const china = body.landen.find((l: { landcode: string }) => l.landcode === "CN");
    expect(china.opgenomenOp).toMatch(RFC3339_FULL_DATE);
    expect(china.grondslag).toMatch(/AIVD/);
  });

  it("serves its OpenAPI document and unknown paths as problem+json", async () => {
    const response = await openApiRoute.GET(get("/openapi.json"));
    expectApiHeaders(response);
    const document = await response.json();
    expect(document.openapi).toBe("3.0.3");
    expect(document.info.version).toBe(API_VERSION);
    expect(document.servers[0].url).toBe("http://portaal.test/api/v1");
    await expectProblem(unknownRoute.GET(get("/bestaat-niet")), 404, /bestaat niet in de API/);
  });

  it("names the public origin from AUTH_URL, then APP_URL, in links and servers, whatever host the request came in on", async () => {
    const addresses = async () => {
      const list = await (await versionsRoute.GET(get("/lijstversies"))).json();
      const document = await (await openApiRoute.GET(get("/openapi.json"))).json();
      const index = await (await indexRoute.GET(get(""))).json();
      return { link: list.lijstversies[0]._links.apps.href, server: document.servers[0].url, contact: document.info.contact.url, index: index._links.landen.href };
    };
    vi.stubEnv("AUTH_URL", "https://apps.gemeente.example/");
    vi.stubEnv("APP_URL", "https://ander.example");
    expect(await addresses()).toEqual({
      link: "https://apps.gemeente.example/api/v1/apps?lijstversie=1",
      server: "https://apps.gemeente.example/api/v1",
      contact: "https://apps.gemeente.example/open-data",
      index: "https://apps.gemeente.example/api/v1/landen",
    });
    vi.stubEnv("AUTH_URL", "");
    expect((await addresses()).server).toBe("https://ander.example/api/v1");
    vi.stubEnv("APP_URL", "");
    expect(await addresses()).toMatchObject({ server: "http://portaal.test/api/v1", contact: "http://portaal.test/open-data" });
  });

  it("answers GET /api/v1 with JSON links to every resource and the OpenAPI document", async () => {
    const response = await indexRoute.GET(get(""));
    expect(response.status).toBe(200);
    expectApiHeaders(response);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    const body = await response.json();
    expect(body.versie).toBe(API_VERSION);
    expect(Object.fromEntries(Object.entries(body._links as Record<string, { href: string }>).map(([name, { href }]) => [name, href]))).toEqual({
      self: "http://portaal.test/api/v1",
      lijstversies: "http://portaal.test/api/v1/lijstversies",
      actueleLijstversie: "http://portaal.test/api/v1/lijstversies/actueel",
      apps: "http://portaal.test/api/v1/apps",
      landen: "http://portaal.test/api/v1/landen",
      raadsvragen: "http://portaal.test/api/v1/raadsvragen",
      besluiten: "http://portaal.test/api/v1/besluiten",
      openapi: "http://portaal.test/api/v1/openapi.json",
      documentatie: "http://portaal.test/open-data",
    });
  });

  it("answers a write with 405, Allow, API-Version, CORS and a Dutch problem", async () => {
    const response = await appsRoute.POST(new Request("http://portaal.test/api/v1/apps", { method: "POST", body: "{}" }));
    await expectProblem(response, 405, /kan alleen gelezen worden/);
    expect(response.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
  });

  it.each(["zoek", "land", "lijstversie", "formaat"])("answers a NUL byte in ?%s with 400 in Dutch, not a server error", async (name) => {
    const body = await expectProblem(await appsRoute.GET(get(`/apps?${name}=a%00`)), 400, /stuurteken/);
    expect(body.invalidParams).toEqual([expect.objectContaining({ name, code: "invalidCharacters" })]);
    await expectProblem(await countriesRoute.GET(get("/landen?lijstversie=%001")), 400, /stuurteken/);
  });

  it("reports every invalid parameter at once", async () => {
    const body = await expectProblem(await appsRoute.GET(get("/apps?land=china&formaat=xml")), 400, /2 parameters ongeldig/);
    expect(body.invalidParams).toEqual([
      { name: "land", code: "pattern", reason: expect.stringMatching(/landcode van twee letters/) },
      { name: "formaat", code: "enum", reason: expect.stringMatching(/json of csv/) },
    ]);
  });

  it.each(["99999999999", "2147483648", "99999999999999999999999999"])("answers version %s, beyond the integer range, with 404", async (nummer) => {
    await expectProblem(await version(nummer), 404, new RegExp(`Lijstversie ${nummer} bestaat niet`));
    await expectProblem(await countriesRoute.GET(get(`/landen?lijstversie=${nummer}`)), 404, /bestaat niet/);
  });

  it("allows a preflight for reading and refuses one for writing", async () => {
    const preflight = (method: string) => appsRoute.OPTIONS(new Request("http://portaal.test/api/v1/apps", { method: "OPTIONS", headers: { Origin: "https://elders.test", "Access-Control-Request-Method": method } }));
    const allowed = preflight("GET");
    expect(allowed.status).toBe(204);
    expectApiHeaders(allowed);
    expect(allowed.headers.get("Access-Control-Allow-Methods")).toBe("GET, HEAD, OPTIONS");
    const refused = preflight("DELETE");
    expect(refused.status).toBe(405);
    expect(refused.headers.get("Access-Control-Allow-Methods")).toBeNull();
  });

  it("keeps serving an older version unchanged after a new one is published", async () => {
    await db.update(apps).set({ measure: "discouraged" }).where(eq(apps.name, "TikTok"));
    await db.transaction((tx) => publishListVersion(tx, { userId: null, name: "test" }, "TikTok ontraden"));

    const v2 = await (await version("2")).json();
    expect(v2.wijzigingen.apps.gewijzigd).toEqual([
      { id: expect.any(Number), omschrijving: "TikTok (Bytedance)", wijzigingen: [{ veld: "maatregel", oud: "verboden", nieuw: "ontraden" }] },
    ]);
    const tiktokIn = async (query: string) => ((await (await appsRoute.GET(get(`/apps?${query}`))).json()).apps as { naam: string; maatregel: string }[]).find((a) => a.naam === "TikTok");
    expect(await tiktokIn("")).toMatchObject({ maatregel: "ontraden" });
    expect(await tiktokIn("lijstversie=1")).toMatchObject({ maatregel: "verboden" });
    expect((await (await currentVersionRoute.GET(get("/lijstversies/actueel"))).json()).nummer).toBe(2);
  });
});

describe.each(testDatabases)("open-data-API zonder gepubliceerde versie op $name", ({ url }) => {
  let close: () => Promise<void>;
  beforeAll(async () => {
    const fresh = await freshDb(url);
    close = fresh.close;
    useDb(fresh.db);
  });
  afterAll(async () => {
    useDb(undefined);
    await close();
  });

  it("says that nothing has been published yet", async () => {
    await expectProblem(await currentVersionRoute.GET(get("/lijstversies/actueel")), 404, /nog geen lijstversie gepubliceerd/);
    await expectProblem(await appsRoute.GET(get("/apps")), 404, /nog geen lijstversie gepubliceerd/);
    await expectProblem(await countriesRoute.GET(get("/landen")), 404, /nog geen lijstversie gepubliceerd/);
    const list = await (await versionsRoute.GET(get("/lijstversies"))).json();
    expect(list.lijstversies).toEqual([]);
  });
});
