import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { insertDecision, insertListVersion, insertMemo, insertPerson } from "@/db/queries/council-open-data.fixtures";
import { openApiResponseChecker } from "@/lib/api/openapi-check";
import { todayIso } from "@/lib/dates";
import { freshDb, testDatabases } from "@/test/databases";
import * as openApiRoute from "../openapi.json/route";
import { expectApiHeaders, expectProblem, get, useDb } from "../test-kit";
import * as decisionRoute from "./[id]/route";
import * as decisionsRoute from "./route";

// GET /besluiten and /besluiten/{id}: only published collegebesluiten, with milestones, progress and attachment
// facts but never the owners, uploaders or file contents; a draft is indistinguishable from an unknown id.

const list = (query = "") => decisionsRoute.GET(get(`/besluiten${query ? `?${query}` : ""}`));
const one = (id: string) => decisionRoute.GET(get(`/besluiten/${encodeURIComponent(id)}`), { params: Promise.resolve({ id }) });

/** Today in Amsterdam plus some days, as yyyy-mm-dd (the progress is measured on the Amsterdam date). */
const daysFromToday = (days: number) => {
  const date = new Date(`${todayIso()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

beforeEach(() => {
  vi.stubEnv("AUTH_URL", "");
  vi.stubEnv("APP_URL", "");
});
afterEach(() => vi.unstubAllEnvs());

describe.each(testDatabases)("open data: collegebesluiten op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let check: ReturnType<typeof openApiResponseChecker>;
  let owner: { id: string; name: string; email: string };
  let published: { id: number; number: string };
  let draft: { id: number; number: string };
  let memo: { id: number; number: number | null };
  let listVersion: { id: number; number: number };

  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
    useDb(db);
    owner = await insertPerson(db);
    memo = await insertMemo(db, true);
    const draftMemo = await insertMemo(db, false);
    listVersion = await insertListVersion(db);
    published = await insertDecision(db, {
      published: true,
      decidedOn: "2023-06-06",
      uploadedById: owner.id,
      milestones: [
        { title: "Start communicatie", dueOn: "2023-06-20", doneOn: "2023-06-19", ownerId: owner.id, evidenceMemoId: memo.id },
        { title: "Lijst bijgewerkt", dueOn: "2023-07-01", doneOn: "2023-07-01", evidenceListVersionId: listVersion.id },
        { title: "Tussenstap", dueOn: "2023-07-15", doneOn: "2023-07-14", evidenceMemoId: draftMemo.id },
        { title: "Afronding", dueOn: "2023-08-01", ownerId: owner.id },
      ],
    });
    draft = await insertDecision(db, { published: false, decidedOn: "2024-02-01" });
    check = openApiResponseChecker(await (await openApiRoute.GET(get("/openapi.json"))).json());
  });
  beforeEach(() => useDb(db));
  afterAll(async () => {
    useDb(undefined);
    await close();
  });

  it("lists only published decisions, as the OpenAPI document describes", async () => {
    const response = await list();
    expect(response.status).toBe(200);
    expectApiHeaders(response);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = await response.json();
    expect(check("/besluiten", 200, body)).toEqual([]);
    expect(body.besluiten.map((b: { id: number }) => b.id)).toEqual([published.id]);
    expect(body).toMatchObject({ aantal: 1, pagina: 1, aantalPaginas: 1 });
    expect(JSON.stringify(body)).not.toContain(draft.number);
  });

  it("gives the decision with its milestones, evidence and attachments in Dutch fields", async () => {
    const response = await one(String(published.id));
    expectApiHeaders(response);
    const body = await response.json();
    expect(check("/besluiten/{id}", 200, body)).toEqual([]);
    expect(body).toEqual({
      id: published.id,
      nummer: published.number,
      datum: "2023-06-06",
      onderwerp: "Weren van apps uit landen met een offensief cyberprogramma",
      informatieobjecttype: "besluit",
      beslispunten: "1. Het VNG-advies volgen.",
      argumenten: "Advies van de AIVD.",
      kanttekeningen: "Geen.",
      financien: "Geen extra kosten.",
      communicatie: "Via intranet.",
      status: "in-uitvoering",
      voortgang: "te-laat",
      gepubliceerdOp: "2023-06-07T09:30:00.000Z",
      mijlpalen: [
        { titel: "Start communicatie", streefdatum: "2023-06-20", gereedOp: "2023-06-19", bewijs: { soort: "memo", nummer: memo.number } },
        {
          titel: "Lijst bijgewerkt", streefdatum: "2023-07-01", gereedOp: "2023-07-01",
          bewijs: { soort: "lijstversie", nummer: listVersion.number, _links: { self: { href: `http://portaal.test/api/v1/lijstversies/${listVersion.number}` } } },
        },
        // A draft memo is not evidence the public can see yet.
        { titel: "Tussenstap", streefdatum: "2023-07-15", gereedOp: "2023-07-14", bewijs: null },
        { titel: "Afronding", streefdatum: "2023-08-01", gereedOp: null, bewijs: null },
      ],
      bijlagen: [{ titel: "Advies VNG", bestandsnaam: `besluit-${published.number}-bijlage-1.pdf`, grootte: 12 }],
      _links: { self: { href: `http://portaal.test/api/v1/besluiten/${published.id}` } },
    });
  });

  it("never names the owners or uploaders, nor serves the file itself", async () => {
    const text = await (await list()).text();
    expect(text).not.toContain(owner.email);
    expect(text).not.toContain(owner.name);
    expect(text).not.toContain(owner.id);
    expect(text).not.toMatch(/%PDF|sha256|eigenaar/i);
  });

  it.each([
    ["in_progress", [{ title: "Straks", dueOn: 30 }], "op-schema"],
    ["in_progress", [{ title: "Bijna", dueOn: 3 }, { title: "Straks", dueOn: 30 }], "risico"],
    ["in_progress", [{ title: "Gisteren", dueOn: -1 }, { title: "Bijna", dueOn: 3 }], "te-laat"],
    ["in_progress", [{ title: "Klaar", dueOn: -10, done: true }], "afgerond"],
    ["completed", [{ title: "Open", dueOn: -10 }], "afgerond"],
    ["withdrawn", [{ title: "Open", dueOn: -10 }], "gestopt"],
  ] as const)("computes voortgang for status %s from the milestones (%j) as %s", async (status, milestones, expected) => {
    const decision = await insertDecision(db, {
      published: true,
      status,
      milestones: milestones.map((m) => ({ title: m.title, dueOn: daysFromToday(m.dueOn), doneOn: "done" in m ? daysFromToday(m.dueOn) : null })),
    });
    const body = await (await one(String(decision.id))).json();
    expect(body.voortgang).toBe(expected);
    expect(body.status).toBe({ in_progress: "in-uitvoering", completed: "uitgevoerd", withdrawn: "ingetrokken" }[status]);
  });

  it("answers a draft exactly as an id that never existed: 404 problem+json", async () => {
    const body = await expectProblem(await one(String(draft.id)), 404, /Er is geen gepubliceerd collegebesluit met id/);
    expect(check("/besluiten/{id}", 404, body)).toEqual([]);
    const never = await expectProblem(await one("999999"), 404, /met id 999999\./);
    expect(body.detail.replace(String(draft.id), "X")).toBe(never.detail.replace("999999", "X"));
    expect(JSON.stringify(body)).not.toContain(draft.number);
  });

  it.each(["99999999999", "2147483648"])("answers id %s, beyond the integer range, with 404", async (id) => {
    await expectProblem(await one(id), 404, new RegExp(`met id ${id}\\.`));
  });

  it.each([["1\u0000", /stuurteken/], ["-1", /positief geheel getal/], ["1e3", /positief geheel getal/], [" 1", /positief geheel getal/]])(
    "refuses id %j with 400 problem+json",
    async (id, detail) => {
      const body = await expectProblem(await one(id), 400, detail);
      expect(check("/besluiten/{id}", 400, body)).toEqual([]);
    },
  );

  it("pages through the published decisions, newest decision first", async () => {
    for (const decidedOn of ["2022-01-05", "2024-03-01", "2023-09-09"]) await insertDecision(db, { published: true, decidedOn });
    const all = (await (await list("paginaGrootte=100")).json()).besluiten as { id: number; datum: string }[];
    expect(all.length).toBeGreaterThan(3);
    const dates = all.map((b) => b.datum);
    expect(dates).toEqual([...dates].sort().reverse());
    const first = await (await list("pagina=1&paginaGrootte=3")).json();
    const second = await (await list("pagina=2&paginaGrootte=3")).json();
    expect(check("/besluiten", 200, second)).toEqual([]);
    expect([...first.besluiten, ...second.besluiten].map((b: { id: number }) => b.id)).toEqual(all.slice(0, 6).map((b) => b.id));
    expect(first._links.next).toEqual({ href: "http://portaal.test/api/v1/besluiten?pagina=2&paginaGrootte=3" });
    expect(first.aantalPaginas).toBe(Math.ceil(all.length / 3));
    await expectProblem(await list("paginaGrootte=0"), 400, /positief geheel getal/);
  });
});
