import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { insertQuestion } from "@/db/queries/council-open-data.fixtures";
import { openApiResponseChecker } from "@/lib/api/openapi-check";
import { freshDb, testDatabases } from "@/test/databases";
import * as openApiRoute from "../openapi.json/route";
import { expectApiHeaders, expectProblem, get, useDb } from "../test-kit";
import * as questionRoute from "./[id]/route";
import * as questionsRoute from "./route";

// GET /raadsvragen and /raadsvragen/{id}: only raadsvragen whose answer letter is published, in the shape
// the OpenAPI document promises, paged, and a draft is indistinguishable from an id that never existed.

const list = (query = "") => questionsRoute.GET(get(`/raadsvragen${query ? `?${query}` : ""}`));
const one = (id: string) => questionRoute.GET(get(`/raadsvragen/${encodeURIComponent(id)}`), { params: Promise.resolve({ id }) });

beforeEach(() => {
  vi.stubEnv("AUTH_URL", "");
  vi.stubEnv("APP_URL", "");
});
afterEach(() => vi.unstubAllEnvs());

describe.each(testDatabases)("open data: raadsvragen op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let check: ReturnType<typeof openApiResponseChecker>;
  let older: { id: number; reference: string };
  let newer: { id: number; reference: string };
  let unanswered: { id: number; reference: string };

  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
    useDb(db);
    older = await insertQuestion(db, { answered: true, receivedOn: "2023-03-21" });
    unanswered = await insertQuestion(db, { answered: false, receivedOn: "2023-04-01", items: [{ question: "Nog open?", answer: "Concept-antwoord van de CISO" }] });
    newer = await insertQuestion(db, { answered: true, receivedOn: "2024-01-10", items: [{ question: "Alleen een vraag", answer: null }] });
    check = openApiResponseChecker(await (await openApiRoute.GET(get("/openapi.json"))).json());
  });
  beforeEach(() => useDb(db));
  afterAll(async () => {
    useDb(undefined);
    await close();
  });

  it("lists only the answered raadsvragen, the last received first, as the OpenAPI document describes", async () => {
    const response = await list();
    expect(response.status).toBe(200);
    expectApiHeaders(response);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = await response.json();
    expect(check("/raadsvragen", 200, body)).toEqual([]);
    expect(body.raadsvragen.map((q: { id: number }) => q.id)).toEqual([newer.id, older.id]);
    expect(body).toMatchObject({ aantal: 2, pagina: 1, paginaGrootte: 20, aantalPaginas: 1 });
    expect(JSON.stringify(body)).not.toContain("Concept-antwoord");
  });

  it("maps every field onto the ODS words, with RFC 3339 dates", async () => {
    const response = await one(String(older.id));
    expectApiHeaders(response);
    const body = await response.json();
    expect(check("/raadsvragen/{id}", 200, body)).toEqual([]);
    expect(body).toEqual({
      id: older.id,
      kenmerk: older.reference,
      onderwerp: "TikTok op zakelijke apparaten",
      vraagtype: "schriftelijke vragen",
      informatieobjecttype: "schriftelijke vragen",
      indiener: ["A. de Vries", "B. Jansen"],
      fractie: "Voorbeeldpartij",
      ontvangenOp: "2023-03-21",
      artikelReglementVanOrde: "artikel 30",
      inleiding: "Op 21 maart 2023 berichtte de NOS over TikTok.",
      vragen: [
        { nummer: 1, vraag: "Is het college bekend met het artikel?", antwoord: "Ja." },
        { nummer: 2, vraag: "Deelt het college de zorgen?", antwoord: "Het college ziet mogelijke risico's." },
      ],
      antwoord: { informatieobjecttype: "beantwoording", datum: "2023-05-09", ondertekenaars: ["de secretaris", "de burgemeester"], gepubliceerdOp: "2023-05-09T08:00:00.000Z" },
      _links: { self: { href: `http://portaal.test/api/v1/raadsvragen/${older.id}` } },
    });
    const listed = (await (await list()).json()).raadsvragen.find((q: { id: number }) => q.id === older.id);
    expect(listed).toEqual(body);
  });

  it("answers an unanswered raadsvraag exactly as an id that never existed: 404 problem+json", async () => {
    const draft = await expectProblem(await one(String(unanswered.id)), 404, /Er is geen beantwoorde raadsvraag met id/);
    expect(check("/raadsvragen/{id}", 404, draft)).toEqual([]);
    const never = await expectProblem(await one("999999"), 404, /Er is geen beantwoorde raadsvraag met id 999999\./);
    expect(draft.detail.replace(String(unanswered.id), "X")).toBe(never.detail.replace("999999", "X"));
    expect(JSON.stringify(draft)).not.toContain(unanswered.reference);
  });

  it.each(["99999999999", "2147483648", "99999999999999999999999999"])("answers id %s, beyond the integer range, with 404", async (id) => {
    await expectProblem(await one(id), 404, new RegExp(`met id ${id}\\.`));
  });

  it.each([
    ["1\u0000", /stuurteken/, "invalidCharacters"],
    ["-1", /positief geheel getal/, "integer"],
    ["0", /positief geheel getal/, "integer"],
    ["abc", /positief geheel getal/, "integer"],
    ["1.5", /positief geheel getal/, "integer"],
  ])("refuses id %j with 400 problem+json in Dutch", async (id, detail, code) => {
    const body = await expectProblem(await one(id), 400, detail);
    expect(body.invalidParams).toEqual([{ name: "id", code, reason: expect.any(String) }]);
    expect(check("/raadsvragen/{id}", 400, body)).toEqual([]);
  });

  it("pages through all answered raadsvragen with first, prev, next and last", async () => {
    for (let i = 0; i < 3; i++) await insertQuestion(db, { answered: true, receivedOn: `2023-0${i + 5}-01` });
    const pages = [];
    for (let n = 1; n <= 3; n++) {
      const body = await (await list(`pagina=${n}&paginaGrootte=2`)).json();
      expect(check("/raadsvragen", 200, body)).toEqual([]);
      pages.push(body);
    }
    expect(pages.map((p) => p.raadsvragen.length)).toEqual([2, 2, 1]);
    expect(pages[0]).toMatchObject({ aantal: 5, pagina: 1, paginaGrootte: 2, aantalPaginas: 3 });
    const ids = pages.flatMap((p) => p.raadsvragen.map((q: { id: number }) => q.id));
    expect(new Set(ids).size).toBe(5);
    expect(ids).not.toContain(unanswered.id);
    const href = (n: number) => ({ href: `http://portaal.test/api/v1/raadsvragen?pagina=${n}&paginaGrootte=2` });
    expect(pages[0]._links).toEqual({ self: href(1), first: href(1), next: href(2), last: href(3) });
    expect(pages[1]._links).toEqual({ self: href(2), first: href(1), prev: href(1), next: href(3), last: href(3) });
    expect(pages[2]._links).toEqual({ self: href(3), first: href(1), prev: href(2), last: href(3) });

    const beyond = await (await list("pagina=2147483647")).json();
    expect(beyond).toMatchObject({ aantal: 5, raadsvragen: [], aantalPaginas: 1 });
    expect(beyond._links.prev).toEqual({ href: "http://portaal.test/api/v1/raadsvragen?pagina=1" });
  });

  it("reports every wrong paging parameter at once", async () => {
    const body = await expectProblem(await list("pagina=0&paginaGrootte=101"), 400, /2 parameters ongeldig/);
    expect(body.invalidParams).toEqual([
      { name: "pagina", code: "integer", reason: expect.stringMatching(/positief geheel getal/) },
      { name: "paginaGrootte", code: "maximum", reason: expect.stringMatching(/hoogstens 100/) },
    ]);
    expect(check("/raadsvragen", 400, body)).toEqual([]);
    await expectProblem(await list("pagina=1%00"), 400, /stuurteken/);
    await expectProblem(await list("paginaGrootte=-5"), 400, /positief geheel getal/);
    await expectProblem(await list("pagina=2147483648"), 400, /hoogstens 2147483647/);
    await expectProblem(await list("pagina=99999999999999999999"), 400, /hoogstens/);
  });

  it("refuses to validate a response that does not match the document (the check can fail)", async () => {
    const body = await (await one(String(older.id))).json();
    expect(check("/raadsvragen/{id}", 200, { ...body, extra: 1 })).not.toEqual([]);
    expect(check("/raadsvragen/{id}", 200, { ...body, ontvangenOp: "21-03-2023" })).not.toEqual([]);
    const { fractie: _f, ...withoutFaction } = body;
    expect(check("/raadsvragen/{id}", 200, withoutFaction)).not.toEqual([]);
  });
});
