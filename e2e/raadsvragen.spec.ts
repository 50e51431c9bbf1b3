import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, storageStateFor, type DemoRole } from "./fixtures";

const stamp = Date.now().toString(36).toUpperCase();
const REFERENCE = `RV E2E-${stamp}`;
const SUBJECT = `Berichtenapps op werktelefoons ${stamp}`;

// For a look at the pages while developing: RAADSVRAGEN_SCREENSHOTS=/tmp/rv writes a PNG per step.
const shot = async (page: Page, name: string) => {
  if (process.env.RAADSVRAGEN_SCREENSHOTS) await page.screenshot({ path: `${process.env.RAADSVRAGEN_SCREENSHOTS}-${name}.png`, fullPage: true });
};

const isoInDays = (days: number) => {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

async function pageAs(browser: Browser, baseURL: string, role: DemoRole | null): Promise<Page> {
  const context = await browser.newContext({ baseURL, storageState: role ? storageStateFor(role) : { cookies: [], origins: [] } });
  return context.newPage();
}

test.describe("raadsvragen", () => {
  test.use({ storageState: storageStateFor("griffie") });

  test("the griffie registers a raadsvraag past its term, the CISO answers, the griffie publishes, the public reads it", async ({ page, browser, baseURL }) => {
    // One story across four people and eleven pages, each checked by axe.
    test.setTimeout(300_000);
    await page.goto("/raadsvragen");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Raadsvragen");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Raadsvraag registreren" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Raadsvraag registreren");
    await expect(page.getByText("30 dagen voor het antwoord")).toBeVisible();
    await expectNoAxeViolations(page);

    // First without questions: a Dutch error, and everything typed stays.
    await page.getByLabel("Kenmerk").fill(REFERENCE);
    await page.getByLabel("Onderwerp").fill(SUBJECT);
    await page.getByLabel("Indiener of indieners").fill("Femke de Graaf\nOmar Haddou");
    await page.getByLabel("Fractie").fill("Lokaal Voorbeeld");
    await page.getByLabel("Ontvangen op").fill(isoInDays(-40));
    await page.getByLabel("Artikel van het Reglement van Orde").fill("artikel 41");
    await page.getByLabel("Inleiding").fill("Andere gemeenten weren Telegram van werktelefoons.");
    await page.getByRole("button", { name: "Raadsvraag registreren" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Niet alle velden zijn goed ingevuld" });
    await expect(summary.getByRole("link", { name: "Vul minstens één vraag in." })).toBeVisible();
    await expect(page.getByLabel("Kenmerk")).toHaveValue(REFERENCE);
    await expect(page.getByLabel("Indiener of indieners")).toHaveValue("Femke de Graaf\nOmar Haddou");
    await expectNoAxeViolations(page);

    await page.getByLabel("Vragen", { exact: true }).fill("1. Staat Telegram op werktelefoons?\n\n2. Gaat het college de app weren?");
    await page.getByRole("button", { name: "Raadsvraag registreren" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Raadsvraag ${REFERENCE}`);
    await expect(page.getByText(/Te laat: 10 dagen over de termijn/)).toBeVisible();
    await shot(page, "detail");
    await expectNoAxeViolations(page);
    const detailUrl = page.url();
    const id = detailUrl.split("/").pop()!;

    await page.getByRole("link", { name: "Gegevens wijzigen" }).click();
    await expect(page.getByLabel("Vragen", { exact: true })).toHaveValue("1. Staat Telegram op werktelefoons?\n\n2. Gaat het college de app weren?");
    await expectNoAxeViolations(page);

    // The overview: under "te laat", sorted by due date.
    await page.goto("/raadsvragen?stand=te-laat");
    await expect(page.getByRole("link", { name: /^Te laat \(\d+\)$/ })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("row").filter({ hasText: REFERENCE })).toContainText("Te laat");
    await shot(page, "overview");
    await expectNoAxeViolations(page);

    // A raadslid does not see it before the letter is published.
    const councillor = await pageAs(browser, baseURL!, "raadslid");
    await councillor.goto(`/raadsvragen/${id}`);
    await expect(councillor.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");

    // The griffie cannot publish yet: both answers are missing.
    await page.goto(`/raadsvragen/${id}/publiceren`);
    await expect(page.getByText("de vragen 1 en 2 hebben nog geen antwoord")).toBeVisible();
    await expectNoAxeViolations(page);

    // The CISO drafts the answers.
    const ciso = await pageAs(browser, baseURL!, "ciso");
    await ciso.goto(detailUrl);
    await ciso.getByRole("link", { name: "Antwoorden opstellen" }).click();
    await expect(ciso.getByRole("heading", { level: 1 })).toHaveText(`Antwoorden op raadsvraag ${REFERENCE}`);
    await expectNoAxeViolations(ciso);
    await ciso.getByLabel("Antwoord op vraag 1").fill("Op vier werktelefoons.");
    await ciso.getByRole("button", { name: "Antwoorden opslaan" }).click();
    await expect(ciso.getByText("Nog zonder antwoord: vraag 2.")).toBeVisible();
    await expect(ciso.getByLabel("Antwoord op vraag 1")).toHaveValue("Op vier werktelefoons.");
    await ciso.getByLabel("Antwoord op vraag 2").fill("Ja, de CISO zet de app op de lijst.");
    await ciso.getByRole("button", { name: "Antwoorden opslaan" }).click();
    await expect(ciso.getByText("Alle vragen hebben een antwoord")).toBeVisible();
    await shot(ciso, "answers");
    await expectNoAxeViolations(ciso);

    // The griffie checks the letter, signs and publishes it.
    await page.goto(detailUrl);
    await page.getByRole("link", { name: "Antwoordbrief publiceren" }).click();
    await expect(page.getByText("Op vier werktelefoons.")).toBeVisible();
    await page.getByLabel("Ondertekenaars").fill("De secretaris, Ruben Aalders\nDe burgemeester, Hanneke Verhoef");
    await shot(page, "publish");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Antwoordbrief publiceren" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Zet een vinkje" })).toBeVisible();
    await expect(page.getByLabel("Ondertekenaars")).toHaveValue("De secretaris, Ruben Aalders\nDe burgemeester, Hanneke Verhoef");
    await page.getByLabel(/Ik heb de vragen en antwoorden gecontroleerd/).check();
    await page.getByRole("button", { name: "Antwoordbrief publiceren" }).click();
    await expect(page).toHaveURL(detailUrl);
    await expect(page.getByText(/^Beantwoord$/).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Gegevens wijzigen" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Anyone: from the public home page to the letter.
    const visitor = await pageAs(browser, baseURL!, null);
    await visitor.goto("/");
    await visitor.getByRole("link", { name: "Bekijk de beantwoorde raadsvragen" }).click();
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Raadsvragen en antwoorden");
    await shot(visitor, "public-list");
    await expect(visitor.getByRole("link", { name: "TikTok op telefoons en tablets van de gemeente" })).toBeVisible();
    await expectNoAxeViolations(visitor);
    await visitor.getByRole("link", { name: SUBJECT }).click();
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(SUBJECT);
    await expect(visitor.getByText("Ja, de CISO zet de app op de lijst.")).toBeVisible();
    await expect(visitor.getByText("De burgemeester, Hanneke Verhoef")).toBeVisible();
    await shot(visitor, "public-letter");
    await expectNoAxeViolations(visitor);

    // The raadslid now reads it too.
    await councillor.goto(`/raadsvragen/${id}`);
    await expect(councillor.getByRole("heading", { level: 1 })).toHaveText(`Raadsvraag ${REFERENCE}`);
    await councillor.goto("/raadsvragen");
    await expect(councillor.getByRole("row").filter({ hasText: REFERENCE })).toBeVisible();
    await expect(councillor.getByRole("link", { name: /Te laat/ })).toHaveCount(0);
    await expectNoAxeViolations(councillor);
  });
});
