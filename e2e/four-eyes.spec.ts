import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, login, storageStateFor } from "./fixtures";

const stamp = Date.now().toString(36);
const PASSWORD = "Paarse giraf fietst naar Zwolle 2026";
const SECOND_BEHEERDER = "beheerder2@voorbeeld.nl";

async function freshPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

test.describe("vier ogen bij de rol CISO", () => {
  test.use({ storageState: storageStateFor("beheerder") });

  test("beheerder A asks, cannot approve; beheerder B approves; the person is told at the next login", async ({ page, browser, baseURL }) => {
    const name = `Toekomstige CISO ${stamp}`;
    const email = `ciso-${stamp}@voorbeeld.nl`;

    // A medewerker with a password of their own.
    await page.goto("/beheer/gebruikers/nieuw");
    await page.getByLabel("Naam", { exact: true }).fill(name);
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByRole("button", { name: "Gebruiker opslaan" }).click();
    const link = await page.getByRole("textbox", { name: "Activeringslink" }).inputValue();
    const person = await freshPage(browser, baseURL!);
    await person.goto(link);
    await person.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
    await person.getByLabel("Herhaal het wachtwoord").fill(PASSWORD);
    await person.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(person).toHaveURL(/\/inloggen$/);

    // A ticks CISO: the request waits, the roles stay.
    await page.getByRole("link", { name: `Bekijk het account van ${name}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await page.getByRole("checkbox", { name: "CISO", exact: true }).check();
    await page.getByLabel("Waarom krijgt deze persoon de rol CISO of Beheerder?").fill("Vervangt de CISO tijdens haar verlof (e2e)");
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "pas na goedkeuring" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Er staat een aanvraag open" })).toBeVisible();
    await expectNoAxeViolations(page);

    // A cannot approve their own request.
    await page.goto("/beheer/goedkeuringen");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Goedkeuringen");
    await expectNoAxeViolations(page);
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("Een andere beheerder");
    await row.getByRole("link", { name }).click();
    await expect(page.getByText("U heeft deze aanvraag zelf gedaan.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Goedkeuren" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Aanvraag intrekken" })).toBeVisible();
    await expectNoAxeViolations(page);
    const requestUrl = page.url();

    // B approves.
    const second = await freshPage(browser, baseURL!);
    await login(second, SECOND_BEHEERDER);
    await second.goto("/beheer/goedkeuringen");
    await expect(second.getByRole("row").filter({ hasText: name })).toContainText("U kunt beslissen");
    await second.goto(requestUrl);
    await expect(second.getByRole("heading", { level: 1 })).toHaveText(`Rollen wijzigen voor ${name}`);
    await expectNoAxeViolations(second);
    await second.getByLabel("Toelichting").fill("Afgestemd met de directeur (e2e)");
    await second.getByRole("button", { name: "Goedkeuren" }).click();
    await expect(second.getByRole("status").filter({ hasText: "Goedgekeurd." })).toBeVisible();
    await expect(second.getByText("Over deze aanvraag is beslist.")).toBeVisible();
    await expectNoAxeViolations(second);

    // The person logs in, is told once, and has the role.
    await login(person, email, PASSWORD);
    const notice = person.getByRole("region", { name: "Bericht over uw account" });
    await expect(notice).toContainText("CISO");
    await expect(notice).toContainText("Youssef El Idrissi");
    await expect(notice).toContainText("Fatima Ouali");
    await expectNoAxeViolations(person);
    await expect(person.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Landen en apps" })).toBeVisible();
    await person.reload();
    await expect(person.getByRole("region", { name: "Bericht over uw account" })).toHaveCount(0);

    // Now a CISO: a new activation link is only asked by A, and shown once, to B.
    await page.goto("/beheer/gebruikers");
    await page.getByRole("link", { name }).click();
    await page.getByLabel("Waarom is een nieuwe link nodig?").fill("Wachtwoord vergeten, gemeld per telefoon (e2e)");
    await page.getByRole("button", { name: "Nieuwe activeringslink aanvragen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "is aangevraagd" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Activeringslink" })).toHaveCount(0);
    await page.getByRole("link", { name: "Bekijk de aanvraag" }).click();
    await expect(page).toHaveURL(/\/beheer\/goedkeuringen\/\d+$/);
    await second.goto(page.url());
    await expect(second.getByRole("heading", { level: 1 })).toHaveText(`Nieuwe activeringslink voor ${name}`);
    await second.getByRole("button", { name: "Goedkeuren" }).click();
    await expect(second.getByRole("textbox", { name: "Activeringslink" })).toHaveValue(/\/activeren\/[A-Za-z0-9_-]{43}$/);
    await expectNoAxeViolations(second);
  });

  test("a beheerder cannot change their own roles", async ({ page }) => {
    await page.goto("/beheer/gebruikers?rol=beheerder");
    await page.getByRole("link", { name: "Youssef El Idrissi" }).click();
    await expect(page.getByText("U kunt uw eigen rollen niet wijzigen.")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "CISO", exact: true })).toHaveCount(0);
  });
});

test.describe("goedkeuringen voor een medewerker en de CISO", () => {
  for (const role of ["medewerker", "ciso"] as const) {
    test(`${role}: 403 Geen toegang`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, storageState: storageStateFor(role) });
      const page = await context.newPage();
      const response = await page.goto("/beheer/goedkeuringen");
      expect(response!.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
      await context.close();
    });
  }
});
