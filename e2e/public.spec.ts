import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";

// Anonymous visitors: no storageState, so these run as an inwoner or journalist would.
// Other specs may publish newer versions first, so the current number is read from the API.

test.describe("openbare lijst (anoniem)", () => {
  test("an anonymous visitor sees the current list with TikTok, and version 1 stays available", async ({ page, request }) => {
    const current = await (await request.get("/api/v1/lijstversies/actueel")).json();
    expect(current.nummer).toBeGreaterThanOrEqual(1);

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Apps uit landen met een offensief cyberprogramma");
    await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: `Lijstversie ${current.nummer}` })).toBeVisible();
    await expect(page.getByRole("table", { name: /Landen met een offensief cyberprogramma/ }).getByRole("row", { name: /China/ })).toContainText("CN");

    const tiktok = page.getByRole("table", { name: /Apps op lijstversie/ }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: "TikTok", exact: true }) });
    await expect(tiktok).toContainText("Bytedance");
    await expect(tiktok).toContainText("Sociale media");
    await expect(tiktok.locator("code").first()).toHaveText("com.zhiliaoapp.musically");
    await expect(tiktok).toContainText("niet geverifieerd");

    const v1 = await request.get("/api/v1/lijstversies/1");
    expect(v1.status()).toBe(200);
    const labels = (await v1.json()).wijzigingen.apps.toegevoegd.map((a: { omschrijving: string }) => a.omschrijving);
    expect(labels).toContain("TikTok (Bytedance)");
  });

  test("search and country filter live in the address", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Zoek een app").fill("musically");
    await page.getByLabel("Land", { exact: true }).selectOption({ label: "China" });
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await expect(page).toHaveURL(/zoek=musically/);
    await expect(page).toHaveURL(/land=CN/);
    const rows = page.getByRole("table", { name: /Apps op lijstversie \d+, gefilterd/ }).locator("tbody tr");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("TikTok");
    await expect(page.getByText(/U ziet 1 van de \d+ apps\./)).toBeVisible();

    await page.goto("/?zoek=bestaat-zeker-niet");
    await expect(page.getByText("Er zijn geen apps gevonden")).toBeVisible();
  });

  for (const path of ["/", "/toegankelijkheid", "/privacy", "/contact", "/open-data"]) {
    test(`${path} has one h1 and passes axe`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("open-data-API", () => {
  test("returns JSON with the API-Version and CORS headers", async ({ request }) => {
    const response = await request.get("/api/v1/apps?land=CN");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    expect(response.headers()["api-version"]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const body = await response.json();
    expect(body.apps.find((a: { naam: string }) => a.naam === "TikTok")).toMatchObject({ landcode: "CN", androidPakketnaam: "com.zhiliaoapp.musically" });

    const openapi = await request.get("/api/v1/openapi.json");
    expect((await openapi.json()).openapi).toBe("3.0.3");
  });

  test("a trailing slash is a 404 problem+json", async ({ request }) => {
    const response = await request.get("/api/v1/apps/", { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toBe("application/problem+json");
    expect(response.headers()["api-version"]).toBeTruthy();
    expect(await response.json()).toMatchObject({ status: 404, title: "Niet gevonden" });
  });

  test("an unknown version and a bad parameter are problem+json with a Dutch explanation", async ({ request }) => {
    const unknown = await request.get("/api/v1/lijstversies/999999");
    expect(unknown.status()).toBe(404);
    expect(unknown.headers()["content-type"]).toBe("application/problem+json");
    expect((await unknown.json()).detail).toBe("Lijstversie 999999 bestaat niet.");

    const bad = await request.get("/api/v1/apps?land=china");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).detail).toContain("landcode van twee letters");
  });

  test("the CSV download is an attachment", async ({ request }) => {
    const response = await request.get("/api/v1/apps?formaat=csv");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="apps-lijstversie-\d+\.csv"$/);
    expect(await response.text()).toContain("TikTok");
  });
});
