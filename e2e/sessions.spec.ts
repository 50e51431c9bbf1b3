import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, login, storageStateFor } from "./fixtures";

// People no other spec signs in as, so the sessions on their pages are only this spec's.
const DIRECTOR = { email: "directeur@voorbeeld.nl", name: "Ingrid Smit" };
const ALDERMAN = { email: "wethouder@voorbeeld.nl", name: "Hans van Dijk" };

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await login(page, email);
  return page;
}

const sessionRows = (page: Page) => page.getByRole("table", { name: "Open sessies" }).locator("tbody tr");

test("a person signed in on two browsers sees both sessions, ends the other one, and that browser is signed out", async ({ browser }) => {
  const first = await signedIn(browser, DIRECTOR.email);
  const second = await signedIn(browser, DIRECTOR.email);

  await first.getByRole("link", { name: "Mijn sessies" }).click();
  await expect(first.getByRole("heading", { level: 1 })).toHaveText("Mijn sessies");
  await expect(sessionRows(first)).toHaveCount(2);
  await expect(sessionRows(first).filter({ hasText: "Deze sessie" })).toHaveCount(1);
  await expect(sessionRows(first).first()).toContainText(/Chrome op (Windows|Linux|macOS)/);
  await expectNoAxeViolations(first);

  await sessionRows(first).filter({ hasNotText: "Deze sessie" }).getByRole("button", { name: /Beëindigen/ }).click();
  await expect(first.getByRole("status").filter({ hasText: "De sessie is beëindigd." })).toBeVisible();
  await expect(sessionRows(first)).toHaveCount(1);
  await expect(first.getByText("U bent nergens anders ingelogd.")).toBeVisible();
  await expectNoAxeViolations(first);

  await second.goto("/overzicht");
  await expect(second).toHaveURL(/\/inloggen/);
  await first.goto("/overzicht");
  await expect(first).toHaveURL(/\/overzicht$/);
});

test.describe("beheer", () => {
  test.use({ storageState: storageStateFor("beheerder") });

  test("the beheerder ends all sessions of a person after confirming, and that person is signed out", async ({ page, browser }) => {
    const alderman = await signedIn(browser, ALDERMAN.email);

    await page.goto("/beheer/gebruikers");
    await page.getByRole("link", { name: ALDERMAN.name }).click();
    const section = page.getByRole("region", { name: "Sessies" });
    await expect(section).toContainText(`${ALDERMAN.name} is nu op 1 apparaat ingelogd.`);
    await expectNoAxeViolations(page);

    await section.getByRole("button", { name: "Alle sessies van deze persoon beëindigen" }).click();
    await expect(page.getByText("Zet een vinkje om te bevestigen dat u alle sessies wilt beëindigen.").first()).toBeVisible();
    await alderman.goto("/overzicht");
    await expect(alderman).toHaveURL(/\/overzicht$/);

    await section.getByLabel(`Ja, ik wil alle sessies van ${ALDERMAN.name} beëindigen.`).check();
    await section.getByRole("button", { name: "Alle sessies van deze persoon beëindigen" }).click();
    await expect(page.getByRole("status").filter({ hasText: `De sessie van ${ALDERMAN.name} is beëindigd.` })).toBeVisible();
    await expect(page.getByText(`${ALDERMAN.name} is nu nergens ingelogd.`)).toBeVisible();

    await alderman.goto("/overzicht");
    await expect(alderman).toHaveURL(/\/inloggen/);
  });

  test("the session settings refuse a value out of range in Dutch and save a valid one", async ({ page }) => {
    await page.goto("/beheer/organisatie");
    const section = page.getByRole("region", { name: "Sessieduur" });
    const idle = section.getByLabel("Uitloggen na zoveel minuten zonder activiteit");
    await idle.fill("4");
    await section.getByRole("button", { name: "Sessieduur opslaan" }).click();
    await expect(section.getByText("Dit is minstens 5 minuten.").first()).toBeVisible();
    await expect(idle).toHaveValue("4");
    await expectNoAxeViolations(page);

    // The default again: the other specs' sessions must not be cut short by this one.
    await idle.fill("30");
    await section.getByRole("button", { name: "Sessieduur opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De sessieduur is opgeslagen." })).toBeVisible();
    await expect(page.getByLabel("Uitloggen na zoveel minuten zonder activiteit")).toHaveValue("30");
  });
});
