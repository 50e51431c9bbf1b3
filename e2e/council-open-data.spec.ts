import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";

// The council open data through the real server, on the demo data. The demo raadsvragen and besluiten may still
// be few or none: the structure, headers and paging are always checked; the content whenever there is some.

const PERSONAL = /@voorbeeld\.nl/;

async function getJson(request: APIRequestContext, path: string, { council = true } = {}) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const headers = response.headers();
  expect(headers["api-version"], path).toMatch(/^\d+\.\d+\.\d+$/);
  expect(headers["access-control-allow-origin"], path).toBe("*");
  expect(headers["content-type"], path).toMatch(/^application\/json/);
  const text = await response.text();
  // The council data names no staff; the OpenAPI document does carry the organisation's own contact address.
  if (council) expect(text, `${path} names no one's e-mail address`).not.toMatch(PERSONAL);
  return JSON.parse(text);
}

async function expectPagedCollection(request: APIRequestContext, name: "raadsvragen" | "besluiten") {
  const body = await getJson(request, `/api/v1/${name}`);
  expect(body).toMatchObject({ aantal: expect.any(Number), pagina: 1, paginaGrootte: 20, aantalPaginas: Math.max(1, Math.ceil(body.aantal / 20)) });
  expect(body[name]).toHaveLength(Math.min(body.aantal, 20));
  expect(body._links.self.href).toMatch(new RegExp(`/api/v1/${name}\\?pagina=1$`));
  expect(body._links.first.href).toBe(body._links.self.href);
  // One per page: the pages together hold every item once.
  const ids: number[] = [];
  for (let n = 1; n <= Math.min(body.aantal, 10); n++) {
    const page = await getJson(request, `/api/v1/${name}?pagina=${n}&paginaGrootte=1`);
    expect(page[name]).toHaveLength(1);
    ids.push(page[name][0].id);
  }
  expect(new Set(ids).size).toBe(ids.length);
  return body[name] as Record<string, unknown>[];
}

test.describe("open data over de raad", () => {
  test("the answered raadsvragen come as a paged collection, each with its own address", async ({ request }) => {
    const questions = await expectPagedCollection(request, "raadsvragen");
    for (const question of questions) {
      expect(question).toMatchObject({
        kenmerk: expect.any(String),
        informatieobjecttype: "schriftelijke vragen",
        indiener: expect.any(Array),
        fractie: expect.any(String),
        antwoord: { informatieobjecttype: "beantwoording", gepubliceerdOp: expect.stringMatching(/Z$/) },
      });
      expect((question.vragen as unknown[]).length).toBeGreaterThan(0);
    }
    if (questions.length) {
      const self = (questions[0]._links as { self: { href: string } }).self.href;
      expect(await getJson(request, new URL(self).pathname)).toEqual(questions[0]);
    }
  });

  test("the published besluiten come with milestones and progress, never owners", async ({ request }) => {
    const decisions = await expectPagedCollection(request, "besluiten");
    for (const decision of decisions) {
      expect(decision).toMatchObject({ informatieobjecttype: "besluit", nummer: expect.any(String), datum: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      expect(["op-schema", "risico", "te-laat", "afgerond", "gestopt"]).toContain(decision.voortgang);
      for (const milestone of decision.mijlpalen as Record<string, unknown>[]) expect(Object.keys(milestone).sort()).toEqual(["bewijs", "gereedOp", "streefdatum", "titel"]);
    }
    if (decisions.length) {
      const self = (decisions[0]._links as { self: { href: string } }).self.href;
      expect((await getJson(request, new URL(self).pathname)).id).toBe(decisions[0].id);
    }
  });

  test("wrong addresses and writes get the API's own problem answers", async ({ request }) => {
    const problem = async (path: string, status: number, method = "GET") => {
      const response = await request.fetch(path, { method });
      expect(response.status(), `${method} ${path}`).toBe(status);
      expect(response.headers()["content-type"]).toBe("application/problem+json");
      expect(response.headers()["api-version"]).toMatch(/^\d+\.\d+\.\d+$/);
      return response.json();
    };
    await problem("/api/v1/raadsvragen/", 404);
    expect((await problem("/api/v1/besluiten/2147483648", 404)).detail).toBe("Er is geen gepubliceerd collegebesluit met id 2147483648.");
    expect((await problem("/api/v1/raadsvragen/0", 400)).invalidParams).toEqual([expect.objectContaining({ name: "id", code: "integer" })]);
    expect((await problem("/api/v1/besluiten?paginaGrootte=500", 400)).invalidParams).toEqual([expect.objectContaining({ name: "paginaGrootte" })]);
    await problem("/api/v1/raadsvragen", 405, "POST");
    expect((await request.head("/api/v1/besluiten")).status()).toBe(200);
  });

  test("the OpenAPI document lists the four council operations", async ({ request }) => {
    const document = await getJson(request, "/api/v1/openapi.json", { council: false });
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/raadsvragen", "/raadsvragen/{id}", "/besluiten", "/besluiten/{id}"]));
  });

  test("/open-data explains the council fields and how they map onto Open Raadsinformatie", async ({ page }) => {
    await page.goto("/open-data");
    await expect(page.getByRole("heading", { level: 2, name: "Raadsvragen en collegebesluiten" })).toBeVisible();
    const mapping = page.getByRole("table", { name: "Onze velden en de begrippen van Open Raadsinformatie" });
    for (const field of ["indiener", "fractie", "vraagtype", "informatieobjecttype"]) {
      await expect(mapping.getByRole("rowheader", { name: field, exact: true })).toBeVisible();
    }
    await expect(page.getByLabel("Voorbeeld: de eerste tien raadsvragen")).toContainText("/api/v1/raadsvragen?pagina=1&paginaGrootte=10");
    await expectNoAxeViolations(page);
    // To look at the page by eye: SCREENSHOT_DIR=/tmp.
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/open-data-raad.png`, fullPage: true });
  });
});
