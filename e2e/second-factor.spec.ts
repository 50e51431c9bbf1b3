import { expect, test, type Browser, type Page } from "@playwright/test";
import { codeFor, enrolSecondFactor, expectNoAxeViolations, login, storageStateFor, submitLogin } from "./fixtures";

// Demo people no other spec logs in as: a burgerraadslid who opts in, and the demo's second CISO.
const STAFF = { email: "burgerraadslid@voorbeeld.nl", name: "Ayşe Demir" };
const CISO2 = { email: "ciso2@voorbeeld.nl", name: "Jeroen Mulder" };

async function freshPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

test.describe("tweede factor", () => {
  test("a person opts in on the account page, logs in with a code (a wrong one refused) and once with a recovery code", async ({ browser, baseURL }) => {
    const page = await freshPage(browser, baseURL!);
    await login(page, STAFF.email);
    await page.getByRole("link", { name: "Tweede factor" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tweede factor");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Tweede factor instellen" }).click();
    await expect(page.getByRole("img", { name: "QR-code om de tweede factor in uw app toe te voegen" })).toBeVisible();
    await expectNoAxeViolations(page);

    // A wrong code is refused and sets nothing up.
    await page.getByLabel("Code uit uw app").fill("000000");
    await page.getByRole("button", { name: "Tweede factor bevestigen" }).click();
    await expect(page.getByText("Deze code klopt niet.").first()).toBeVisible();
    const codes = await enrolSecondFactor(page, STAFF.email);
    await expect(page.getByRole("status").filter({ hasText: "Uw tweede factor staat aan." })).toBeVisible();
    await expectNoAxeViolations(page);

    // Next login: the password alone is not enough.
    const next = await freshPage(browser, baseURL!);
    await submitLogin(next, STAFF.email);
    await expect(next).toHaveURL(/\/inloggen\/tweede-factor$/);
    await expect(next.getByRole("heading", { level: 1 })).toHaveText("Tweede factor");
    await expectNoAxeViolations(next);
    await next.goto("/overzicht");
    await expect(next).toHaveURL(/\/inloggen$/);
    await next.goto("/inloggen/tweede-factor");
    await next.getByLabel("Code uit uw app").fill("000000");
    await next.getByRole("button", { name: "Inloggen" }).click();
    await expect(next.getByRole("alert").filter({ hasText: "Deze code klopt niet." })).toBeVisible();
    await next.getByLabel("Code uit uw app").fill(await codeFor(next, STAFF.email));
    await next.getByRole("button", { name: "Inloggen" }).click();
    await expect(next).toHaveURL(/\/overzicht$/);

    // A recovery code works once.
    const third = await freshPage(browser, baseURL!);
    await submitLogin(third, STAFF.email);
    await third.getByRole("link", { name: "Gebruik een herstelcode" }).click();
    await expect(third.getByLabel("Herstelcode")).toBeVisible();
    await expectNoAxeViolations(third);
    await third.getByLabel("Herstelcode").fill(codes[0]);
    await third.getByRole("button", { name: "Inloggen met herstelcode" }).click();
    await expect(third).toHaveURL(/\/overzicht$/);

    const fourth = await freshPage(browser, baseURL!);
    await submitLogin(fourth, STAFF.email);
    await fourth.getByRole("link", { name: "Gebruik een herstelcode" }).click();
    await fourth.getByLabel("Herstelcode").fill(codes[0]);
    await fourth.getByRole("button", { name: "Inloggen met herstelcode" }).click();
    await expect(fourth.getByRole("alert").filter({ hasText: "Deze herstelcode is al gebruikt." })).toBeVisible();
    await expect(fourth).toHaveURL(/\/inloggen\/tweede-factor/);
  });

  test("two beheerders reset a CISO's factor; at the next login the CISO sets up a new one and sees the recovery codes once", async ({ browser, baseURL }) => {
    const first = await (await browser.newContext({ baseURL, storageState: storageStateFor("beheerder") })).newPage();
    await first.goto("/beheer/gebruikers?rol=ciso");
    await first.getByRole("link", { name: CISO2.name }).click();
    await first.getByLabel("Waarom moet de tweede factor opnieuw worden ingesteld?").fill("Telefoon verloren, gemeld per telefoon (e2e)");
    await first.getByRole("button", { name: "Tweede factor opnieuw instellen" }).click();
    await expect(first.getByRole("status").filter({ hasText: "is aangevraagd" })).toBeVisible();
    await expectNoAxeViolations(first);
    await first.getByRole("link", { name: "Bekijk de aanvraag" }).click();
    await expect(first.getByText("U heeft deze aanvraag zelf gedaan.")).toBeVisible();
    await expect(first.getByRole("button", { name: "Goedkeuren" })).toHaveCount(0);

    const second = await freshPage(browser, baseURL!);
    await login(second, "beheerder2@voorbeeld.nl");
    await second.goto(first.url());
    await expect(second.getByRole("heading", { level: 1 })).toHaveText(`Tweede factor opnieuw instellen voor ${CISO2.name}`);
    await second.getByRole("button", { name: "Goedkeuren" }).click();
    await expect(second.getByRole("status").filter({ hasText: "is gewist" })).toBeVisible();

    const ciso = await freshPage(browser, baseURL!);
    await submitLogin(ciso, CISO2.email);
    await expect(ciso.getByRole("heading", { level: 1 })).toHaveText("Tweede factor instellen");
    await expect(ciso.getByRole("img", { name: "QR-code om de tweede factor in uw app toe te voegen" })).toBeVisible();
    await expectNoAxeViolations(ciso);
    await enrolSecondFactor(ciso, CISO2.email);
    await expectNoAxeViolations(ciso);
    await ciso.getByRole("button", { name: "Ik heb de codes bewaard" }).click();
    await expect(ciso).toHaveURL(/\/overzicht$/);
    await expect(ciso.getByRole("region", { name: "Bericht over uw account" })).toContainText("tweede factor");

    // The CISO cannot switch it off.
    await ciso.goto("/account/tweede-factor");
    await expect(ciso.getByText("U kunt die daarom niet uitzetten.")).toBeVisible();
    await expect(ciso.getByRole("button", { name: "Tweede factor uitzetten" })).toHaveCount(0);
    await expectNoAxeViolations(ciso);
  });

  test("a medewerker cannot ask for a reset: the beheer page is closed", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, storageState: storageStateFor("medewerker") });
    const page = await context.newPage();
    const response = await page.goto("/beheer/gebruikers");
    expect(response!.status()).toBe(403);
    await context.close();
  });
});
