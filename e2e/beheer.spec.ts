import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, login, storageStateFor } from "./fixtures";

const stamp = Date.now().toString(36);
const NEW_PASSWORD = "een zin van vijf woorden";

/** Fills in the new-user form and returns the activation link shown once in the result. */
async function createUser(page: Page, name: string, email: string): Promise<string> {
  await page.goto("/beheer/gebruikers/nieuw");
  await page.getByLabel("Naam", { exact: true }).fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Afdeling").selectOption({ label: "Publiekszaken" });
  await page.getByRole("button", { name: "Gebruiker opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Het account van ${name} is aangemaakt.` })).toBeVisible();
  const link = await page.getByRole("textbox", { name: "Activeringslink" }).inputValue();
  expect(link).toMatch(/\/activeren\/[A-Za-z0-9_-]{43}$/);
  // The token stays out of the address bar (and so out of history and server logs).
  await expect(page).toHaveURL(/\/beheer\/gebruikers\/nieuw$/);
  return link;
}

/** Opens the link in a fresh browser, as the invited person would, and chooses a password. */
async function activate(browser: Browser, baseURL: string, link: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wachtwoord kiezen");
  await page.getByLabel("Nieuw wachtwoord").fill(NEW_PASSWORD);
  await page.getByLabel("Herhaal het wachtwoord").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page).toHaveURL(/\/inloggen$/);
  await expect(page.getByRole("status").filter({ hasText: "Uw wachtwoord is ingesteld." })).toBeVisible();
  return page;
}

test.describe("gebruikers beheren", () => {
  test.use({ storageState: storageStateFor("beheerder") });

  test("a beheerder creates a user, who activates the account through the link and logs in", async ({ page, browser, baseURL }) => {
    const name = `Nieuwe Collega ${stamp}`;
    const email = `nieuw-${stamp}@voorbeeld.nl`;
    await page.goto("/beheer/gebruikers/nieuw");
    await expectNoAxeViolations(page);

    const link = await createUser(page, name, email);
    await expectNoAxeViolations(page);

    // Too short and not the same: refused with a message per field, and the link still works.
    const invitee = await (await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } })).newPage();
    await invitee.goto(link);
    await expectNoAxeViolations(invitee);
    await invitee.getByLabel("Nieuw wachtwoord").fill("kort");
    await invitee.getByLabel("Herhaal het wachtwoord").fill("anders");
    await invitee.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(invitee.getByRole("alert").filter({ hasText: "Controleer de gemarkeerde velden" })).toBeVisible();
    await expect(invitee.getByText("Kies een wachtwoord van minstens 12 tekens.").first()).toBeVisible();
    await expect(invitee.getByText("De twee wachtwoorden zijn niet hetzelfde.").first()).toBeVisible();

    const loginPage = await activate(browser, baseURL!, link);
    await login(loginPage, email, NEW_PASSWORD);
    await expect(loginPage.getByRole("heading", { level: 1 })).toHaveText(`Welkom, ${name}`);

    // The link works once.
    await loginPage.goto(link);
    await expect(loginPage.getByRole("heading", { level: 1 })).toHaveText("Deze link werkt niet");
    await expect(loginPage.getByText("Deze activeringslink is al gebruikt.")).toBeVisible();

    await page.goto("/beheer/gebruikers?rol=medewerker&status=actief");
    const row = page.getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("Publiekszaken");
    await expect(row).toContainText("Actief");
    await expectNoAxeViolations(page);
  });

  test("a deactivated user loses access at the next request", async ({ page, browser, baseURL }) => {
    const name = `Vertrekkende Collega ${stamp}`;
    const email = `vertrek-${stamp}@voorbeeld.nl`;
    const link = await createUser(page, name, email);
    const userPage = await activate(browser, baseURL!, link);
    await login(userPage, email, NEW_PASSWORD);

    await page.goto("/beheer/gebruikers?status=actief");
    await page.getByRole("row").filter({ hasText: email }).getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expectNoAxeViolations(page);

    // Without the confirmation nothing happens.
    await page.getByLabel("Reden").fill("Uit dienst (e2e-test)");
    await page.getByRole("button", { name: "Account deactiveren" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Controleer de gemarkeerde velden" })).toBeVisible();
    await userPage.goto("/overzicht");
    await expect(userPage.getByRole("heading", { level: 1 })).toHaveText(`Welkom, ${name}`);

    await page.getByLabel("Reden").fill("Uit dienst (e2e-test)");
    await page.getByRole("checkbox", { name: `Ja, ik wil het account van ${name} deactiveren.` }).check();
    await page.getByRole("button", { name: "Account deactiveren" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Het account van ${name} is gedeactiveerd. 1 open sessie is beëindigd.` })).toBeVisible();
    await expect(page.getByText("Uit dienst (e2e-test)")).toBeVisible();
    await expectNoAxeViolations(page);

    await userPage.goto("/overzicht");
    await expect(userPage).toHaveURL(/\/inloggen$/);
  });

  test("a beheerder cannot deactivate their own account", async ({ page }) => {
    await page.goto("/beheer/gebruikers?rol=beheerder");
    await page.getByRole("link", { name: "Youssef El Idrissi" }).click();
    await expect(page.getByText("U kunt uw eigen account niet deactiveren")).toBeVisible();
    await expect(page.getByRole("button", { name: "Account deactiveren" })).toHaveCount(0);
  });

  test("organisation settings and departments", async ({ page }) => {
    const department = `Proefafdeling ${stamp}`;
    await page.goto("/beheer/organisatie");
    await expectNoAxeViolations(page);
    await page.getByLabel("Naam van de afdeling").fill(department);
    await page.getByRole("button", { name: "Afdeling toevoegen" }).click();
    await expect(page.getByRole("status").filter({ hasText: `De afdeling ${department} is toegevoegd.` })).toBeVisible();

    await page.getByRole("link", { name: department }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Afdeling ${department}`);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Niet meer gebruiken" }).click();
    await expect(page).toHaveURL(/\/beheer\/organisatie$/);
    await expect(page.getByRole("row").filter({ hasText: department })).toContainText("Niet meer in gebruik");

    await page.goto("/beheer/gebruikers/nieuw");
    await expect(page.getByLabel("Afdeling").getByRole("option", { name: department })).toHaveCount(0);
  });
});

test.describe("beheer voor een medewerker", () => {
  test.use({ storageState: storageStateFor("medewerker") });

  test("gets 403 Geen toegang on every beheer page", async ({ page }) => {
    for (const path of ["/beheer/gebruikers", "/beheer/gebruikers/nieuw", "/beheer/organisatie"]) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
      await expect(page.getByRole("table")).toHaveCount(0);
    }
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Gebruikers" })).toHaveCount(0);
  });
});
