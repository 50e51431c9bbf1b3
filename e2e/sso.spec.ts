import { expect, test, type Page } from "@playwright/test";
import { TEST_ACCOUNTS, TEST_PASSWORD } from "../test/oidc/provider";
import { expectNoAxeViolations, storageStateFor } from "./fixtures";

// Sign-in through the organisation's identity provider, against a real OpenID provider (test/oidc/provider.ts,
// started by playwright.config.ts): first login waits, a beheerder approves, the next login has the role,
// and logging out ends the session at the provider too.
const fleur = TEST_ACCOUNTS.find((a) => a.name === "Fleur de Vries")!;
const BUTTON = "Inloggen met uw organisatieaccount";

async function signInAtProvider(page: Page, email: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inloggen bij de testprovider");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Inloggen bij de testprovider" }).click();
}

test.describe.configure({ mode: "serial" });

test("the beheerder maps an app role to a proposed role (and cannot map to CISO)", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("beheerder") });
  const page = await context.newPage();
  await page.goto("/beheer/aanmeldingen/rollen");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rollen voorstellen");
  await expectNoAxeViolations(page);
  await expect(page.getByLabel("Voorgestelde rol").locator("option")).toHaveText(["Medewerker", "Raadslid", "Griffie"]);
  await page.getByLabel("App-rol of groep").fill(fleur.roles![0]);
  await page.getByLabel("Voorgestelde rol").selectOption({ label: "Griffie" });
  await page.getByRole("button", { name: "Koppeling toevoegen" }).click();
  await expect(page.getByRole("row").filter({ hasText: fleur.roles![0] })).toContainText("Griffie");
  await expectNoAxeViolations(page);
  await context.close();
});

test("first login waits for a beheerder; after approval the person signs in with the approved role; logout ends both sessions", async ({ browser }) => {
  const person = await browser.newContext();
  const page = await person.newPage();
  await page.goto("/inloggen");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: BUTTON }).click();
  await signInAtProvider(page, fleur.email);
  await expect(page).toHaveURL(/\/inloggen\?error=AccountPending$/);
  await expect(page.getByRole("alert").filter({ hasText: "Uw account wacht op goedkeuring door een beheerder." })).toBeVisible();
  await expectNoAxeViolations(page);

  const admin = await browser.newContext({ storageState: storageStateFor("beheerder") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/beheer/aanmeldingen");
  await expectNoAxeViolations(adminPage);
  const row = adminPage.getByRole("row").filter({ hasText: fleur.name });
  await expect(row).toContainText(fleur.email);
  await expect(row).toContainText("Griffie");
  await row.getByRole("link", { name: fleur.name }).click();
  await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText(`Aanmelding van ${fleur.name}`);
  await expectNoAxeViolations(adminPage);
  const roles = adminPage.getByRole("group", { name: "Rollen" });
  await expect(roles.getByRole("checkbox", { name: "Griffie" })).toBeChecked();
  await expect(roles.getByRole("checkbox", { name: "CISO" })).toHaveCount(0);
  await expect(roles.getByRole("checkbox", { name: "Beheerder" })).toHaveCount(0);
  await adminPage.getByRole("button", { name: "Goedkeuren" }).click();
  await expect(adminPage).toHaveURL(/\/beheer\/aanmeldingen$/);
  await expect(adminPage.getByRole("status").filter({ hasText: "is goedgekeurd" })).toBeVisible();
  await expect(adminPage.getByRole("row").filter({ hasText: fleur.name })).toHaveCount(0);
  await admin.close();

  // The provider still knows the browser: straight back, now with a session.
  await page.getByRole("button", { name: BUTTON }).click();
  await expect(page).toHaveURL(/\/overzicht$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welkom, ${fleur.name}`);
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Communicatiekanalen" })).toBeVisible();

  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uitloggen bij de testprovider");
  await page.getByRole("button", { name: "Ja, uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen\?uitgelogd=1$/);
  await expect(page.getByRole("status").filter({ hasText: "U bent uitgelogd." })).toBeVisible();
  await page.goto("/overzicht");
  await expect(page).toHaveURL(/\/inloggen$/);
  // The provider's session ended too: it asks for the password again.
  await page.getByRole("button", { name: BUTTON }).click();
  await expect(page.getByLabel("Wachtwoord")).toBeVisible();
  await person.close();
});

test("a replayed callback from the provider is refused with a Dutch message", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  let callbackUrl = "";
  page.on("request", (request) => {
    if (request.url().includes("/api/auth/callback/oidc")) callbackUrl = request.url();
  });
  await page.goto("/inloggen");
  await page.getByRole("button", { name: BUTTON }).click();
  await signInAtProvider(page, fleur.email);
  await expect(page).toHaveURL(/\/overzicht$/);
  expect(callbackUrl).toContain("code=");

  const attacker = await browser.newContext();
  const replay = await attacker.newPage();
  await replay.goto(callbackUrl);
  await expect(replay).toHaveURL(/\/inloggen\?error=Configuration$/);
  await expect(replay.getByRole("alert").filter({ hasText: "Daarom bent u niet ingelogd." })).toBeVisible();
  await replay.goto("/overzicht");
  await expect(replay).toHaveURL(/\/inloggen$/);
  await attacker.close();
  await context.close();
});

test("the login page works without JavaScript: the button is a plain form post to the provider", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/inloggen");
  await page.getByRole("button", { name: BUTTON }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inloggen bij de testprovider");
  await context.close();
});
