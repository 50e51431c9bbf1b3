import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";

// The open-data API through the real server, as an outside client sees it (NL API Design Rules 2.2):
// what the route handlers answer must survive Next's own handling of methods, HEAD and the API root.

const resources = ["/api/v1", "/api/v1/lijstversies", "/api/v1/lijstversies/actueel", "/api/v1/lijstversies/1", "/api/v1/apps", "/api/v1/landen", "/api/v1/openapi.json"];

test.describe("open-data-API van buitenaf", () => {
  test("a write on any resource is a Dutch 405 with Allow, API-Version and CORS", async ({ request }) => {
    for (const path of resources) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        const response = await request.fetch(path, { method, data: "{}", headers: { "Content-Type": "application/json" } });
        expect(response.status(), `${method} ${path}`).toBe(405);
        const headers = response.headers();
        expect(headers["allow"], `${method} ${path}`).toBe("GET, HEAD, OPTIONS");
        expect(headers["api-version"]).toMatch(/^\d+\.\d+\.\d+$/);
        expect(headers["access-control-allow-origin"]).toBe("*");
        expect(headers["content-type"]).toBe("application/problem+json");
        expect(await response.json()).toMatchObject({ status: 405, title: "Methode niet toegestaan", detail: expect.stringContaining("alleen gelezen") });
      }
    }
  });

  test("HEAD works on every resource, with the API-Version header", async ({ request }) => {
    for (const path of resources) {
      const response = await request.head(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["api-version"], path).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  test("GET /api/v1 is a JSON index whose links all answer", async ({ request }) => {
    const response = await request.get("/api/v1");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    const { _links } = await response.json();
    const hrefs = Object.values(_links as Record<string, { href: string }>).map((l) => l.href);
    expect(hrefs).toContain(new URL("/api/v1/openapi.json", response.url()).toString());
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  });

  test("a NUL byte and a version number beyond the integer range do not crash the API", async ({ request }) => {
    const nul = await request.get("/api/v1/apps?zoek=a%00");
    expect(nul.status()).toBe(400);
    expect(nul.headers()["content-type"]).toBe("application/problem+json");
    expect((await nul.json()).invalidParams).toEqual([expect.objectContaining({ name: "zoek", code: "invalidCharacters" })]);

    const huge = await request.get("/api/v1/lijstversies/99999999999");
    expect(huge.status()).toBe(404);
    expect((await huge.json()).detail).toBe("Lijstversie 99999999999 bestaat niet.");
  });

  test("several wrong parameters come back together", async ({ request }) => {
    const response = await request.get("/api/v1/apps?land=china&formaat=xml&lijstversie=een");
    expect(response.status()).toBe(400);
    const names = ((await response.json()).invalidParams as { name: string }[]).map((p) => p.name).sort();
    expect(names).toEqual(["formaat", "land", "lijstversie"]);
  });

  test("the open-data page names the start point and the changes per API version", async ({ page, request }) => {
    const version = (await request.get("/api/v1")).headers()["api-version"];
    await page.goto("/open-data");
    await expect(page.getByRole("rowheader", { name: "GET (basisadres)" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Wijzigingen in de API" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: new RegExp(`^Versie ${version.replaceAll(".", "\\.")} `) })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
