import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./fixtures";

// Addresses that gave a 500 or Next's English error page: NUL bytes in searches and filters, ids
// beyond the integer range, impossible dates, prototype names as filter values. Each must answer
// below 500 with Dutch text.
const NUL = "%00";

async function expectCalmDutchAnswer(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response, path).not.toBeNull();
  expect(response!.status(), path).toBeLessThan(500);
  // A not-found page can finish rendering just after the load event: wait for its Dutch text, then check it.
  const body = page.locator("body");
  await expect(body, path).toContainText(/\b(de|het|een|van|niet)\b/);
  expect(await body.innerText(), path).not.toMatch(/Application error|Internal Server Error|This page could not be found|Er ging iets mis/);
}

test.describe("foute adressen voor bezoekers", () => {
  for (const path of [`/?zoek=${NUL}`, `/?zoek=a${NUL}b&land=${NUL}`, "/?land=constructor&zoek=%F0%9F%92%A9", `/lijsten/apps/99999999999`]) {
    test(`${path} answers calmly`, async ({ page }) => expectCalmDutchAnswer(page, path));
  }
});

test.describe("foute adressen voor de CISO", () => {
  test.use({ storageState: storageStateFor("ciso") });

  const pages = [
    `/lijsten/apps?zoek=${NUL}&land=99999999999&leverancier=${NUL}&maatregel=constructor&sorteer=__proto__`,
    "/lijsten/apps/99999999999",
    "/lijsten/landen/99999999999",
    "/lijsten/leveranciers/99999999999",
    "/lijsten/versies/99999999999",
    `/lijsten/versies/vergelijken?van=99999999999&naar=${NUL}`,
    `/auditlog?wie=${NUL}&handeling=${NUL}&van=2026-02-30&tot=0000-01-01&resultaat=hasOwnProperty&pagina=99999999999999999999`,
  ];
  for (const path of pages) {
    test(`${path} answers calmly`, async ({ page }) => expectCalmDutchAnswer(page, path));
  }

  test("an unknown id gives the Dutch 404 page", async ({ page }) => {
    const response = await page.goto("/lijsten/apps/99999999999");
    expect(response!.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  });

  test("downloads with bad input answer below 500", async ({ page }) => {
    for (const path of ["/lijsten/versies/99999999999/csv", `/auditlog/export?wie=${NUL}&resultaat=constructor&van=2026-02-30`]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBeLessThan(500);
    }
  });

  test("a 20 MB upload is refused with a Dutch message, not a crash", async ({ page }) => {
    await page.goto("/lijsten/apps/importeren");
    await page.getByLabel("CSV-bestand", { exact: true }).setInputFiles({ name: "apps.csv", mimeType: "text/csv", buffer: Buffer.alloc(20 * 1024 * 1024, "a") });
    await page.getByRole("button", { name: "Controleer het bestand" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Te groot om te versturen" })).toBeVisible();
    await expect(page.getByText("meer dan 11 MB")).toBeVisible();
  });
});

test.describe("foute adressen voor de beheerder", () => {
  test.use({ storageState: storageStateFor("beheerder") });
  for (const path of [`/beheer/gebruikers?status=constructor&rol=${NUL}`, "/beheer/organisatie/afdelingen/99999999999"]) {
    test(`${path} answers calmly`, async ({ page }) => expectCalmDutchAnswer(page, path));
  }
});

test("a missing static file and favicon.ico answer 404 with a CSP", async ({ request }) => {
  for (const path of ["/favicon.ico", "/_next/static/bestaat-niet.js", "/_next/static/chunks/bestaat-niet.css"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const csp = response.headers()["content-security-policy"];
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).not.toContain("'unsafe-inline'");
  }
});
