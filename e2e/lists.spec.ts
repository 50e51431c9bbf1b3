import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectNoAxeViolations, login } from "./fixtures";

const stamp = Date.now().toString(36);
const appName = `Testapp ${stamp}`;
const androidPackage = `nl.voorbeeld.test${stamp}`;
const iosBundleId = `nl.voorbeeld.ios${stamp}`;

async function addApp(page: Page, name: string, ids: { ios: string; android: string }) {
  await page.goto("/lijsten/apps/nieuw");
  await page.getByLabel("Naam van de app").fill(name);
  await page.getByLabel("Leverancier", { exact: true }).selectOption({ label: "Tencent (China)" });
  await page.getByLabel("Categorie").fill("Berichten");
  await page.getByLabel("Maatregel").selectOption("banned");
  await page.getByLabel("Bron", { exact: true }).selectOption("own_finding");
  await page.getByLabel("iOS-bundel-ID").fill(ids.ios);
  await page.getByLabel("Android-pakketnaam").fill(ids.android);
}

test.describe("landen en apps beheren (CISO)", () => {
  test("adds an app, publishes a version, and the public page, API and comparison show it", async ({ page, request }) => {
    await login(page, DEMO.ciso);

    // A wrong identifier is refused with a Dutch message and keeps what was typed.
    await addApp(page, appName, { ios: iosBundleId, android: "com..fout" });
    await page.getByRole("button", { name: "App toevoegen aan het concept" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Controleer de gemarkeerde velden" })).toBeVisible();
    await expect(page.getByText("Dit is geen geldige Android-pakketnaam").first()).toBeVisible();
    await expect(page.getByLabel("Naam van de app")).toHaveValue(appName);

    await page.getByLabel("Android-pakketnaam").fill(androidPackage);
    await page.getByRole("button", { name: "App toevoegen aan het concept" }).click();
    await expect(page).toHaveURL(/\/lijsten\/apps$/);
    await expect(page.getByRole("status").filter({ hasText: `${appName} is toegevoegd` })).toBeVisible();

    // The same identifier on a second app is refused: identifiers are unique within the list.
    await addApp(page, `${appName} dubbel`, { ios: `${iosBundleId}.twee`, android: androidPackage });
    await page.getByRole("button", { name: "App toevoegen aan het concept" }).click();
    await expect(page.getByText(`Deze Android-pakketnaam hoort al bij ${appName}.`).first()).toBeVisible();

    await page.goto("/lijsten");
    await expect(page.getByText(`${appName} (Tencent)`)).toBeVisible();
    await expectNoAxeViolations(page);

    // Publishing shows what will be published and needs an explicit yes.
    await page.getByRole("link", { name: /Lijstversie \d+ publiceren/ }).click();
    await expect(page).toHaveURL(/\/lijsten\/publiceren$/);
    await expect(page.getByText(`${appName} (Tencent)`)).toBeVisible();
    await expectNoAxeViolations(page);
    const publishButton = page.getByRole("button", { name: /Publiceer lijstversie \d+/ });
    const version = Number((await publishButton.textContent())!.match(/\d+/)![0]);
    await page.getByLabel("Toelichting bij deze versie").fill(`Testapp toegevoegd (${stamp}).`);
    await publishButton.click();
    await expect(page.getByText("Vink aan dat u deze lijstversie wilt publiceren.").first()).toBeVisible();
    await expect(page).toHaveURL(/\/lijsten\/publiceren$/);
    await expect(page.getByLabel("Toelichting bij deze versie")).toHaveValue(`Testapp toegevoegd (${stamp}).`);
    await page.getByLabel(`Ja, publiceer versie ${version}`).check();
    await publishButton.click();
    await expect(page).toHaveURL(new RegExp(`/lijsten/versies/${version}$`));
    await expect(page.getByRole("heading", { level: 1, name: `Lijstversie ${version}` })).toBeVisible();
    await expectNoAxeViolations(page);

    // Compare with the previous version: the new app is in the newer column only.
    await page.getByRole("link", { name: `Vergelijk met versie ${version - 1}` }).click();
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: appName }) });
    await expect(row.getByRole("cell").first()).toHaveText("Staat niet in deze versie");
    await expect(row.getByRole("cell").nth(1)).toContainText(androidPackage);
    await expectNoAxeViolations(page);

    // Everyone sees it, also without logging in.
    const anonymous = await page.context().browser()!.newPage();
    // The public list is paged: the new app is found with the search field.
    await anonymous.goto("/");
    await anonymous.getByLabel("Zoek een app").fill(appName);
    await anonymous.getByLabel("Zoek een app").press("Enter");
    await expect(anonymous.getByRole("row").filter({ hasText: appName })).toBeVisible();
    await anonymous.close();
    const api = await request.get("/api/v1/apps");
    expect(api.status()).toBe(200);
    expect(JSON.stringify(await api.json())).toContain(androidPackage);
  });

  test("countries: overdue review stands out, delisting needs a reason", async ({ page }) => {
    await login(page, DEMO.ciso);
    await page.goto("/lijsten/landen");
    await expect(page.getByRole("note")).toContainText("Beoordeling te laat: Noord-Korea");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Noord-Korea" }).click();
    await expect(page.getByRole("note")).toContainText("de beoordeling stond gepland op 1 september 2026");
    await page.goto("/lijsten/landen");
    await page.getByRole("link", { name: "Iran" }).click();
    await page.getByRole("button", { name: "Land van de lijst halen" }).click();
    await expect(page.getByText("Leg in minstens 10 tekens uit waarom het land van de lijst gaat.").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("delisting a country needs a reason, shows as a pending change and can be undone", async ({ page }) => {
    await login(page, DEMO.ciso);
    await page.goto("/lijsten/landen");
    await page.getByRole("link", { name: "Rusland" }).click();
    await page.getByLabel("Reden").fill(`Nieuwe beschouwing van de AIVD (${stamp}).`);
    await page.getByRole("button", { name: "Land van de lijst halen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Rusland gaat van de lijst bij de volgende lijstversie." })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Rusland" })).toContainText("Van de lijst sinds");
    await page.goto("/lijsten");
    await expect(page.getByText("Rusland (RU)")).toBeVisible();

    await page.goto("/lijsten/landen");
    await page.getByRole("link", { name: "Rusland" }).click();
    await expect(page.getByText(`Reden: Nieuwe beschouwing van de AIVD (${stamp}).`)).toBeVisible();
    await page.getByRole("button", { name: "Land weer op de lijst zetten" }).click();
    await expect(page.getByRole("row").filter({ hasText: "Rusland" })).toContainText("Op de lijst");
  });

  test("a new vendor can be added and chosen for an app", async ({ page }) => {
    const vendor = `Testleverancier ${stamp}`;
    await login(page, DEMO.ciso);
    await page.goto("/lijsten/leveranciers/nieuw");
    await page.getByLabel("Naam").fill(vendor);
    await page.getByLabel("Land van zeggenschap").selectOption({ label: "China (CN)" });
    await page.getByRole("button", { name: "Leverancier toevoegen" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Leverancier ${vendor} is toegevoegd.` })).toBeVisible();
    await page.goto("/lijsten/leveranciers/nieuw");
    await page.getByLabel("Naam").fill(vendor.toUpperCase());
    await page.getByLabel("Land van zeggenschap").selectOption({ label: "China (CN)" });
    await page.getByRole("button", { name: "Leverancier toevoegen" }).click();
    await expect(page.getByText("Er is al een leverancier met deze naam.").first()).toBeVisible();
    await page.goto("/lijsten/apps/nieuw");
    await expect(page.getByLabel("Leverancier", { exact: true }).getByRole("option", { name: `${vendor} (China)` })).toHaveCount(1);
  });

  test("every list page passes axe", async ({ page }) => {
    await login(page, DEMO.ciso);
    for (const path of ["/lijsten/apps", "/lijsten/apps/nieuw", "/lijsten/apps/1", "/lijsten/leveranciers", "/lijsten/leveranciers/nieuw", "/lijsten/leveranciers/1", "/lijsten/landen/nieuw", "/lijsten/versies", "/lijsten/publiceren", "/overzicht"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
});

test.describe("een medewerker mag de lijsten niet wijzigen", () => {
  test("does not see the editor and a direct call of the action changes nothing and is logged", async ({ page, browser }) => {
    const forbiddenName = `Verboden poging ${stamp}`;

    // Capture a genuine create-app request from the CISO's browser, without letting it through.
    await login(page, DEMO.ciso);
    await addApp(page, forbiddenName, { ios: `nl.voorbeeld.poging${stamp}`, android: `nl.voorbeeld.poging${stamp}` });
    let captured: { headers: Record<string, string>; body: Buffer } | null = null;
    await page.route("**/lijsten/apps/nieuw", async (route) => {
      const req = route.request();
      if (req.method() === "POST") {
        captured = { headers: req.headers(), body: req.postDataBuffer()! };
        await route.abort();
      } else await route.continue();
    });
    await page.getByRole("button", { name: "App toevoegen aan het concept" }).click();
    await expect.poll(() => captured).not.toBeNull();

    // The medewerker has no menu item and gets "Geen toegang" on the page itself.
    const staff = await browser.newContext();
    const staffPage = await staff.newPage();
    await login(staffPage, DEMO.medewerker);
    await expect(staffPage.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Landen en apps", exact: true })).toHaveCount(0);
    await staffPage.goto("/lijsten/apps/nieuw");
    await expect(staffPage.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();

    // Replaying the server action with the medewerker's session is refused.
    const { headers, body } = captured!;
    const response = await staffPage.request.post("/lijsten/apps/nieuw", {
      headers: { "content-type": headers["content-type"], "next-action": headers["next-action"], accept: "text/x-component" },
      data: body,
    });
    expect(await response.text()).toContain("U heeft geen toestemming voor deze handeling.");
    await staff.close();

    await page.unroute("**/lijsten/apps/nieuw");
    await page.goto(`/lijsten/apps?zoek=${encodeURIComponent(forbiddenName)}`);
    await expect(page.getByText("0 apps gevonden")).toBeVisible();
    await page.goto("/auditlog");
    const denied = page.getByRole("row").filter({ hasText: "Noor Bakker" }).filter({ hasText: "Geweigerd" });
    await expect(denied.first()).toBeVisible();
  });
});
