import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, login, storageStateFor } from "./fixtures";

const stamp = Date.now().toString(36);
const DEVICE = `Dienstelefoon toezicht ${stamp}`;

const isoInDays = (days: number) => {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

async function pageAs(browser: Browser, baseURL: string, role: "ciso" | null): Promise<Page> {
  const context = await browser.newContext({ baseURL, storageState: role ? storageStateFor(role) : { cookies: [], origins: [] } });
  return context.newPage();
}

test.describe("uitzonderingen", () => {
  test.use({ storageState: storageStateFor("medewerker") });

  test("a medewerker requests, the CISO approves with conditions, the medewerker sees it approved; a colleague cannot open it", async ({ page, browser, baseURL }) => {
    await page.goto("/uitzonderingen");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn uitzonderingen");
    await expect(page.getByText("U heeft nog geen uitzondering aangevraagd.")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Uitzondering aanvragen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uitzondering aanvragen");
    await expectNoAxeViolations(page);

    // A first attempt with a short justification and a past date: errors per field, values kept.
    await page.getByLabel("App", { exact: true }).selectOption({ label: "WeChat" });
    await page.getByLabel("Toestel of gebruik").fill(DEVICE);
    await page.getByRole("radio", { name: "Inspectie of toezicht" }).check();
    await page.getByLabel("Toelichting").fill("Te kort");
    await page.getByLabel("Tot wanneer heeft u de app nodig?").fill(isoInDays(-2));
    await page.getByRole("button", { name: "Aanvraag versturen" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Niet alle velden zijn goed ingevuld" });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link", { name: /minstens 30 tekens/ })).toBeVisible();
    await expect(summary.getByRole("link", { name: "Kies een einddatum na vandaag." })).toBeVisible();
    await expect(page.getByLabel("Toestel of gebruik")).toHaveValue(DEVICE);
    await expect(page.getByLabel("App", { exact: true })).toHaveValue(/\d+/);
    await expect(page.getByRole("radio", { name: "Inspectie of toezicht" })).toBeChecked();
    await expectNoAxeViolations(page);

    await page.getByLabel("Toelichting").fill("Ondernemers in de horeca maken afspraken over hercontroles alleen via WeChat.");
    await page.getByLabel("Tot wanneer heeft u de app nodig?").fill(isoInDays(90));
    await page.getByRole("button", { name: "Aanvraag versturen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uitzondering voor WeChat");
    await expect(page.getByText("Aangevraagd", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    const requestUrl = page.url();

    // The CISO: the queue, then the decision.
    const ciso = await pageAs(browser, baseURL!, "ciso");
    await ciso.goto("/uitzonderingen/beoordelen");
    await expect(ciso.getByRole("heading", { level: 1 })).toHaveText("Uitzonderingen beoordelen");
    await expect(ciso.getByRole("row").filter({ hasText: "Hans van Dijk" })).toContainText("Bestuurder");
    await expectNoAxeViolations(ciso);
    await ciso.goto(requestUrl);
    await expect(ciso.getByText(DEVICE)).toBeVisible();
    await expectNoAxeViolations(ciso);
    await ciso.getByRole("checkbox", { name: "Alleen op een apart toestel zonder werkaccounts" }).check();
    await ciso.getByLabel("Geldig tot en met").fill(isoInDays(60));
    await ciso.getByRole("button", { name: "Goedkeuren" }).click();
    await expect(ciso).toHaveURL(/\/uitzonderingen\/beoordelen$/);
    await expect(ciso.getByRole("row").filter({ hasText: "Noor Bakker" })).toHaveCount(0);

    await ciso.getByRole("link", { name: "Register van alle uitzonderingen" }).click();
    await expect(ciso.getByRole("heading", { level: 1 })).toHaveText("Register van uitzonderingen");
    const mdm = ciso.getByRole("region", { name: /WeChat: iOS/ });
    await expect(mdm.getByRole("row").filter({ hasText: "Noor Bakker" })).toContainText(DEVICE);
    await expectNoAxeViolations(ciso);

    // The medewerker sees the decision and its conditions.
    await page.goto("/uitzonderingen");
    await expect(page.getByRole("row").filter({ hasText: DEVICE })).toContainText("Goedgekeurd");
    await page.goto(requestUrl);
    await expect(page.getByText("Goedgekeurd", { exact: true })).toBeVisible();
    await expect(page.getByText("Alleen op een apart toestel zonder werkaccounts")).toBeVisible();

    // A colleague who guesses the address gets the page any unknown address gets.
    const colleague = await pageAs(browser, baseURL!, null);
    await login(colleague, "communicatie@voorbeeld.nl");
    const response = await colleague.goto(requestUrl);
    expect(response?.status()).toBe(404);
    await expect(colleague.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
    await expect(colleague.getByText(DEVICE)).toHaveCount(0);
  });
});
