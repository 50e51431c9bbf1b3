import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, storageStateFor } from "./fixtures";

const stamp = Date.now().toString(36).toUpperCase();
const NUMBER = `2026-E2E-${stamp}`;
const SUBJECT = `Apps uit risicolanden op vergadertablets ${stamp}`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// The smallest file that passes the content check: "%PDF-" at the start, "%%EOF" at the end.
const MINIMAL_PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");
// A Windows program (MZ header) renamed to .pdf.
const RENAMED_EXE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff", "latin1"), Buffer.alloc(200, 0), Buffer.from("This program cannot be run in DOS mode.")]);

/** With DECISIONS_SCREENSHOTS=<folder>, saves what the page looks like, to check the layout by eye. */
async function snap(page: Page, name: string) {
  if (process.env.DECISIONS_SCREENSHOTS) await page.screenshot({ path: `${process.env.DECISIONS_SCREENSHOTS}/${name}.png`, fullPage: true });
}

async function pageAs(browser: Browser, baseURL: string, role: "raadslid"): Promise<Page> {
  const context = await browser.newContext({ baseURL, storageState: storageStateFor(role) });
  return context.newPage();
}

test.describe("collegebesluiten", () => {
  test.use({ storageState: storageStateFor("griffie") });

  test("the griffie registers a decision with the proposed milestones, adds a PDF, marks a milestone done with evidence and publishes; a raadslid sees it with its progress", async ({ page, browser, baseURL }) => {
    // Many pages and an axe run on each: more than the default minute on a busy machine.
    test.setTimeout(180_000);
    await page.goto("/besluiten");
    await expect(page.getByRole("heading", { level: 1, name: "Collegebesluiten" })).toBeVisible();
    // The demo: the apps decision of seed 002 is at risk, its follow-up is overdue.
    await expect(page.getByRole("row").filter({ hasText: "2023-0412" })).toContainText("Risico");
    await expect(page.getByRole("row").filter({ hasText: "2023-0455" })).toContainText("Te laat");
    await snap(page, "register");
    await expectNoAxeViolations(page);
    await page.getByLabel("Voortgang", { exact: true }).selectOption({ label: "Te laat" });
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(/voortgang=te-laat/);
    await expect(page.getByRole("row").filter({ hasText: "2023-0412" })).toHaveCount(0);
    await expect(page.getByRole("row").filter({ hasText: "2023-0455" })).toBeVisible();

    await page.getByRole("link", { name: "Besluit registreren" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Besluit registreren" })).toBeVisible();
    await expectNoAxeViolations(page);

    // A first attempt without subject and beslispunten: Dutch messages, and what was typed stays.
    await page.getByLabel("Nummer").fill(NUMBER);
    await page.getByLabel("Datum van het besluit").fill(inDays(-10));
    await expect(page.getByText(/Start communicatie: 2 weken na het besluit, op/)).toBeVisible();
    await snap(page, "nieuw");
    await page.getByRole("button", { name: "Besluit registreren" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Niet alle velden zijn goed ingevuld" });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link", { name: /onderwerp/ })).toBeVisible();
    await expect(page.getByLabel("Nummer")).toHaveValue(NUMBER);
    await expectNoAxeViolations(page);

    await page.getByLabel("Onderwerp").fill(SUBJECT);
    await page.getByLabel("Beslispunten").fill("1. Apps van de lijst komen niet op de vergadertablets van de raad.\n2. Het besluit gaat ter kennisname naar de raad.");
    await page.getByLabel("Financiën").fill("Geen extra kosten.");
    await expect(page.getByLabel("Neem deze mijlpalen over")).toBeChecked();
    await page.getByRole("button", { name: "Besluit registreren" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Besluit ${NUMBER}: ${SUBJECT}`);
    await expect(page.getByText("Concept.", { exact: false }).first()).toBeVisible();
    const milestones = page.getByRole("region", { name: /Mijlpalen van besluit/ });
    await expect(milestones.getByRole("row").filter({ hasText: "Start communicatie" })).toContainText("Binnen een week");
    await expect(milestones.getByRole("row").filter({ hasText: "Afronding" })).toContainText("Open");
    await expectNoAxeViolations(page);
    const decisionUrl = page.url();

    // A renamed program is refused with the message; nothing is added.
    await page.getByLabel("PDF-bestand").setInputFiles({ name: "notulen.pdf", mimeType: "application/pdf", buffer: RENAMED_EXE });
    await page.getByRole("button", { name: "Bijlage toevoegen" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Dit bestand is een programma, geen PDF" })).toBeVisible();
    await expect(page.getByText("Er zijn geen bijlagen.")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("PDF-bestand").setInputFiles({ name: "Advies VNG.pdf", mimeType: "application/pdf", buffer: MINIMAL_PDF });
    await page.getByRole("button", { name: "Bijlage toevoegen" }).click();
    await expect(page.getByRole("link", { name: "Advies VNG" })).toBeVisible();
    await snap(page, "detail-griffie");
    await expect(page.getByText(`wordt gedownload als besluit-${NUMBER}-bijlage-1.pdf`)).toBeVisible();

    // Start communicatie is done, with the policy version as evidence.
    await page.getByRole("link", { name: "Wijzigen (Start communicatie)" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mijlpaal Start communicatie wijzigen" })).toBeVisible();
    await snap(page, "mijlpaal");
    await expectNoAxeViolations(page);
    await page.getByLabel("Eigenaar").selectOption({ label: "Sanne Jansen" });
    await page.getByLabel("Gereed op").fill(inDays(-1));
    const policyOption = await page.getByLabel("Bewijs").locator("option", { hasText: "Beleidsversie 1" }).first().getAttribute("value");
    await page.getByLabel("Bewijs").selectOption(policyOption!);
    await page.getByRole("button", { name: "Mijlpaal opslaan" }).click();
    await expect(page).toHaveURL(new RegExp(`${decisionUrl.replace(/[/.]/g, "\\$&")}#mijlpalen$`));
    const done = page.getByRole("region", { name: /Mijlpalen van besluit/ }).getByRole("row").filter({ hasText: "Start communicatie" });
    await expect(done).toContainText("Gereed");
    await expect(done).toContainText("Sanne Jansen");
    await expect(done).toContainText("Beleidsversie 1");

    await page.goto(`${decisionUrl}/bewerken`);
    await expect(page.getByRole("heading", { level: 1, name: `Besluit ${NUMBER} wijzigen` })).toBeVisible();
    await expect(page.getByLabel("Onderwerp")).toHaveValue(SUBJECT);
    await expectNoAxeViolations(page);

    await page.goto(decisionUrl);
    await page.getByLabel(`Ja, publiceer besluit ${NUMBER}`).check();
    await page.getByRole("button", { name: "Besluit publiceren" }).click();
    await expect(page.getByText(`Besluit ${NUMBER} is gepubliceerd.`)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Publiceren" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The raadslid: the decision in the register with its progress, the page, and the PDF as a download.
    const raadslid = await pageAs(browser, baseURL!, "raadslid");
    await raadslid.goto("/besluiten");
    await expect(raadslid.getByRole("link", { name: "Besluit registreren" })).toHaveCount(0);
    const row = raadslid.getByRole("row").filter({ hasText: NUMBER });
    await expect(row).toContainText("Op schema");
    await expect(row).toContainText("Afronding");
    await expectNoAxeViolations(raadslid);
    await row.getByRole("link", { name: NUMBER }).click();
    await expect(raadslid.getByRole("heading", { level: 1 })).toHaveText(`Besluit ${NUMBER}: ${SUBJECT}`);
    await expect(raadslid.getByRole("button", { name: "Bijlage toevoegen" })).toHaveCount(0);
    await snap(raadslid, "detail-raadslid");
    await expectNoAxeViolations(raadslid);
    const downloading = raadslid.waitForEvent("download");
    await raadslid.getByRole("link", { name: "Advies VNG" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`besluit-${NUMBER}-bijlage-1.pdf`);
  });

  test("a raadslid cannot open a draft, nor download its attachment", async ({ page, browser, baseURL }) => {
    const draftNumber = `2026-CONCEPT-${stamp}`;
    await page.goto("/besluiten/nieuw");
    await page.getByLabel("Nummer").fill(draftNumber);
    await page.getByLabel("Datum van het besluit").fill(inDays(-3));
    await page.getByLabel("Onderwerp").fill(`Nog geheim concept ${stamp}`);
    await page.getByLabel("Beslispunten").fill("1. Nog niet bekend.");
    await page.getByRole("button", { name: "Besluit registreren" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(draftNumber);
    await page.getByLabel("PDF-bestand").setInputFiles({ name: "concept.pdf", mimeType: "application/pdf", buffer: MINIMAL_PDF });
    await page.getByRole("button", { name: "Bijlage toevoegen" }).click();
    const href = await page.getByRole("link", { name: "concept", exact: true }).getAttribute("href");

    const raadslid = await pageAs(browser, baseURL!, "raadslid");
    await raadslid.goto("/besluiten");
    await expect(raadslid.getByRole("row").filter({ hasText: draftNumber })).toHaveCount(0);
    const response = await raadslid.goto(page.url());
    expect(response!.status()).toBe(404);
    expect((await raadslid.request.get(href!)).status()).toBe(404);
  });
});
