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

    // The list is paged; TikTok is found through the search form.
    await page.getByLabel("Zoek een app").fill("TikTok");
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
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
    await expect(page.getByRole("status").filter({ hasText: "apps" })).toHaveText(/^1 app past bij uw zoekopdracht, van de \d+ apps\.$/);

    await page.goto("/?zoek=bestaat-zeker-niet");
    await expect(page.getByText("Er zijn geen apps gevonden")).toBeVisible();
  });

  test("the list is paged on the server: 10 apps a page, page links that keep the search, and a light page", async ({ page, request }) => {
    const current = await (await request.get("/api/v1/lijstversies/actueel")).json();
    const total: number = current.aantalApps;
    const pages = Math.ceil(total / 10);
    expect(pages, "the demo list fills more than one page").toBeGreaterThan(1);

    await page.goto("/");
    const rows = page.getByRole("table", { name: /Apps op lijstversie \d+, pagina 1 van \d+/ }).locator("tbody tr");
    await expect(rows).toHaveCount(10);
    await expect(page.getByRole("status").filter({ hasText: "Op deze pagina" })).toHaveText(`Op de lijst staan ${total} apps. Op deze pagina: 1 tot en met 10 (pagina 1 van ${pages}).`);
    const pagination = page.getByRole("navigation", { name: "Paginering" });
    await expect(pagination.getByRole("link", { name: "Pagina 1" })).toHaveAttribute("aria-current", "page");
    await pagination.getByRole("link", { name: `Pagina ${pages}` }).click();
    await expect(page).toHaveURL(new RegExp(`[?]pagina=${pages}#apps$`));
    await expect(page.getByRole("table", { name: new RegExp(`pagina ${pages} van ${pages}`) }).locator("tbody tr")).toHaveCount(total - (pages - 1) * 10);
    await expect(pagination.getByRole("link", { name: "Volgende pagina" })).toHaveCount(0);
    await pagination.getByRole("link", { name: "Vorige pagina" }).click();
    await expect(page).toHaveURL(pages === 2 ? /\/#apps$/ : new RegExp(`pagina=${pages - 1}#apps$`));

    // A page past the end says so and links back; nothing breaks on a bad number.
    await page.goto("/?pagina=9999");
    await expect(page.getByText(/Deze pagina bestaat niet/)).toBeVisible();
    await page.goto("/?pagina=abc");
    await expect(page.getByRole("table", { name: /pagina 1 van/ })).toBeVisible();

    // The version's changes: five names per kind, the rest counted and in the API.
    await page.getByText("Toon de wijzigingen ten opzichte van de vorige versie").click();
    // (Earlier specs may have published a version with a few changes: what shows depends on the run, the cut does not.)
    const changes = page.locator("details").filter({ hasText: "Toon de wijzigingen" });
    await expect(changes.getByRole("heading", { level: 3, name: "Apps" })).toBeVisible();
    for (const list of await changes.locator("section > div > ul").all()) expect(await list.locator(":scope > li").count()).toBeLessThanOrEqual(5);

    // Whatever the length of the list, a page holds 10 apps and at most 5 changes per kind: a full page of the
    // demo list stands for one of a thousand apps (npm run bench:pages measures that one too).
    const html = await (await request.get("/")).body();
    expect(html.byteLength, "bytes of HTML of the public list").toBeLessThan(60 * 1024);
  });

  test("a static file skips the proxy but keeps the security headers and a CSP without nonce; pages keep their nonce", async ({ request }) => {
    const icon = await request.get("/icon.svg");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
    const csp = icon.headers()["content-security-policy"];
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("nonce-");
    expect(icon.headers()["x-content-type-options"]).toBe("nosniff");
    expect(icon.headers()["strict-transport-security"]).toContain("max-age=");
    const page = await request.get("/");
    expect(page.headers()["content-security-policy"]).toMatch(/'nonce-[^']+'/);
  });

  for (const path of ["/", "/?pagina=2", "/toegankelijkheid", "/privacy", "/contact", "/open-data"]) {
    test(`${path} has one h1 and passes axe`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("openbare lijst zonder JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("search and page links work as plain links and a GET form", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Paginering" }).getByRole("link", { name: "Pagina 2" }).click();
    await expect(page).toHaveURL(/[?]pagina=2#apps$/);
    await expect(page.getByRole("table", { name: /pagina 2 van/ })).toBeVisible();
    await page.getByLabel("Zoek een app").fill("musically");
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await expect(page).toHaveURL(/zoek=musically/);
    await expect(page.getByRole("table", { name: /gefilterd/ }).locator("tbody tr")).toHaveCount(1);
  });
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
