import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { DEMO_NAMES, expectNoAxeViolations, storageStateFor } from "./fixtures";

test.describe("auditlog voor de CISO", () => {
  test.use({ storageState: storageStateFor("ciso") });

  test("shows login events, an intact log and the checkpoint it trusts, pages through the log", async ({ page }) => {
    await page.goto("/auditlog");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Auditlog");
    await expect(page.getByText("De auditlog is intact.")).toBeVisible();
    // The server signs a checkpoint at start; the page names the one it trusts.
    await expect(page.getByTestId("vertrouwd-controlepunt")).toHaveText(/^Vertrouwd controlepunt: nummer \d+ van \d+ \w+ \d{4} om \d{2}:\d{2}, .+, bij regel \d+\.$/);
    const table = page.getByRole("table");
    await expect(table.getByRole("row").filter({ hasText: DEMO_NAMES.ciso }).filter({ hasText: "Inloggen" }).first()).toBeVisible();

    // The demo data alone fills more than one page of 50.
    const pagination = page.getByRole("navigation", { name: "Paginering" });
    await expect(pagination.getByRole("link", { name: "Pagina 1", exact: true })).toHaveAttribute("aria-current", "page");
    await pagination.getByRole("link", { name: "Volgende pagina" }).click();
    await expect(page).toHaveURL(/pagina=2/);
    await expect(page.getByRole("heading", { level: 2, name: /pagina 2 van \d+/ })).toBeVisible();
  });

  test("filters on result ‘Geweigerd’ and downloads exactly those rows as CSV", async ({ page, playwright, baseURL }) => {
    // An anonymous export attempt makes sure there is at least one refused event. Without an explicit
    // empty state the request context would inherit the CISO's cookies from test.use.
    // Three in a row fold into one row with a count.
    const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    for (let i = 0; i < 3; i++) expect((await anonymous.get("/auditlog/export")).status()).toBe(401);
    await anonymous.dispose();

    await page.goto("/auditlog");
    await page.getByLabel("Resultaat").selectOption({ label: "Geweigerd" });
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(/resultaat=geweigerd/);
    const badges = page.getByRole("table").locator("tbody .utrecht-status-badge");
    await expect(badges.first()).toBeVisible();
    expect(new Set(await badges.allTextContents())).toEqual(new Set(["Geweigerd"]));
    const shown = await badges.count();
    // The refused permission in Dutch, not "Recht audit.view"; the folded attempts counted.
    const refused = page.getByRole("table").getByRole("row").filter({ hasText: "anoniem" }).filter({ hasText: "Auditlog geëxporteerd" }).first();
    await expect(refused).toContainText("auditlog bekijken");
    await expect(refused).not.toContainText("audit.view");
    await expect(refused).toContainText(/en nog [12] keer in die minuut/);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download als CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^auditlog-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^Nummer,Tijd \(Nederlandse tijd\),/);
    const records = lines.slice(1);
    expect(records.length).toBeGreaterThanOrEqual(shown);
    for (const record of records) expect(record).toContain(",Geweigerd,");
    expect(records.some((r) => r.includes(",anoniem,") && r.includes(",audit.export,"))).toBe(true);

    // The download itself is in the log.
    await page.goto("/auditlog?handeling=audit.export&resultaat=gelukt");
    await expect(page.getByRole("table").getByRole("row").filter({ hasText: DEMO_NAMES.ciso }).filter({ hasText: "Auditlog geëxporteerd" }).first()).toBeVisible();
  });

  test("the audit log page has no accessibility violations, with event data opened", async ({ page }) => {
    await page.goto("/auditlog");
    await expect(page.getByText("De auditlog is intact.")).toBeVisible();
    await page.getByText(/^Gegevens van regel/).first().click();
    await expect(page.locator("details[open] dl").first()).toBeVisible();
    await page.getByText("Zoals opgeslagen (JSON)").first().click();
    await expect(page.locator("details[open] pre").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("shows a change as 'veld: oud → nieuw' in Dutch", async ({ page }) => {
    // The demo data's first publication summarises its changelog instead of dumping JSON.
    await page.goto("/auditlog?handeling=list.publish");
    await page.getByText(/^Gegevens van regel/).first().click();
    const data = page.locator("details[open] dl").first();
    await expect(data).toContainText("versienummer");
    await expect(data).toContainText(/apps: \d+ toegevoegd, \d+ verwijderd, \d+ gewijzigd/);
    await expect(data).toContainText("inhoudshash");
  });
});

test.describe("auditlog voor een medewerker", () => {
  test.use({ storageState: storageStateFor("medewerker") });

  test("gets 403 on the page and on the export", async ({ page }) => {
    const response = await page.goto("/auditlog");
    expect(response!.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Auditlog" })).toHaveCount(0);

    const exported = await page.request.get("/auditlog/export");
    expect(exported.status()).toBe(403);
    expect(exported.headers()["content-disposition"]).toBeUndefined();
    expect(await exported.text()).toContain("Geen toegang");
  });
});
