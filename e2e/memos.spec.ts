import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { drawnText } from "../lib/pdf/testing";
import { DEMO_NAMES, expectNoAxeViolations, storageStateFor, type DemoRole } from "./fixtures";

// One story in order: the griffie publishes a memo to raadsleden, the raadslid reads it, the griffie sees the receipt.
test.describe.configure({ mode: "serial" });

async function pageAs(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateFor(role) });
  return context.newPage();
}

// Set SCREENSHOT_DIR to look at the pages after a run.
const shot = async (page: Page, name: string) => {
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/memo-${name}.png`, fullPage: true });
};

const subject = `Nieuwe apps op de lijst ${Date.now().toString(36)}`;
let memoPath = "";

test("the griffie drafts a memo (a refused first save keeps what was typed) and publishes it to raadsleden", async ({ browser }) => {
  const page = await pageAs(browser, "griffie");
  await page.goto("/memos");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Memo's");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Nieuwe memo" }).click();
  await expect(page).toHaveURL(/\/memos\/nieuw$/);
  await expectNoAxeViolations(page);

  await page.getByLabel("Tekst van de memo").fill("## Wat betekent dit voor u?\n\nVerwijder de apps van de lijst van uw tablet van de gemeente.");
  await page.getByRole("checkbox", { name: "Raadsleden", exact: true }).check();
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByText("Schrijf een onderwerp van minstens 3 tekens.").first()).toBeVisible();
  await expect(page.getByLabel("Tekst van de memo")).toHaveValue(/Verwijder de apps/);
  await expect(page.getByRole("checkbox", { name: "Raadsleden", exact: true })).toBeChecked();
  await expectNoAxeViolations(page);

  await page.getByLabel("Onderwerp", { exact: true }).fill(subject);
  await page.getByLabel("Lijst van apps in de memo").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page).toHaveURL(/\/memos\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Concept: ${subject}`);
  await expect(page.getByRole("heading", { name: "Voorbeeld: zo ziet de opgeslagen memo eruit" })).toBeVisible();
  await expectNoAxeViolations(page);
  memoPath = new URL(page.url()).pathname;
  await shot(page, "concept");

  await page.getByRole("link", { name: "Naar publiceren" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Memo publiceren");
  await expect(page.getByRole("table", { name: /De lijst van apps: lijstversie \d+/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, "publiceren");
  await page.getByLabel("Ja, publiceer deze memo").check();
  await page.getByRole("button", { name: "Memo publiceren" }).click();
  await expect(page).toHaveURL(new RegExp(`${memoPath}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`^Memo \\d+: ${subject}$`));
  await expect(page.getByRole("link", { name: "Maak een correctie" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A correction starts as a new draft with the published memo's text; the published memo itself stays.
  await page.getByRole("link", { name: "Maak een correctie" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Correctie op memo \d+$/);
  await expect(page.getByLabel("Onderwerp", { exact: true })).toHaveValue(`Correctie: ${subject}`);
  await expectNoAxeViolations(page);
  await page.goto("/memos");
  await shot(page, "overzicht-griffie");
  await page.close();
});

test("the raadslid sees the memo unread in the inbox, opens it, and it is read", async ({ browser }) => {
  const page = await pageAs(browser, "raadslid");
  await page.goto("/memos");
  const row = page.getByRole("row", { name: new RegExp(subject) });
  await expect(row).toContainText("Ongelezen");
  await expect(page.getByText(/U heeft \d+ ongelezen memo/)).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, "inbox-raadslid");
  // Showing the inbox is not reading: the links on it (and any router prefetch of them) leave the memo unread.
  await page.waitForTimeout(1500);
  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(subject) })).toContainText("Ongelezen");
  await row.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${memoPath}$`));
  await expect(page.getByText("raadsleden", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Leesbevestigingen" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shot(page, "lezen");

  // The PDF: a file named by the server, with the memo's subject in its text.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download als PDF" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^memo-\d+\.pdf$/);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(drawnText(bytes).replace(/\s+/g, " ")).toContain(subject);

  await page.goto("/memos");
  await expect(page.getByRole("row", { name: new RegExp(subject) })).toContainText("Gelezen op");
  await page.close();
});

test("the griffie sees the raadslid's receipt with a time, and the read rate", async ({ browser }) => {
  const page = await pageAs(browser, "griffie");
  await page.goto(`${memoPath}/leesbevestigingen`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Leesbevestigingen memo \d+$/);
  const opened = page.getByRole("region", { name: "Wie de memo heeft geopend, en wanneer voor het eerst" });
  await expect(opened.getByRole("row", { name: new RegExp(DEMO_NAMES.raadslid) })).toContainText(/\d{1,2} \w+ \d{4} om \d{2}:\d{2}/);
  await expectNoAxeViolations(page);
  await shot(page, "leesbevestigingen");
  await page.goto("/memos");
  await expect(page.getByRole("row", { name: new RegExp(subject) })).toContainText(/1 van \d+/);
  await page.close();
});

test("a medewerker cannot open a raad-only memo: not in the inbox, not by its address, not as PDF", async ({ browser }) => {
  const page = await pageAs(browser, "medewerker");
  await page.goto("/memos");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Memo's");
  await expect(page.getByText(subject)).toHaveCount(0);
  await expectNoAxeViolations(page);
  const response = await page.goto(memoPath);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  await expect(page.getByText(subject)).toHaveCount(0);
  expect((await page.request.get(`${memoPath}/pdf`)).status()).toBe(404);
  expect((await page.request.get(`${memoPath}/leesbevestigingen/export`)).status()).toBe(403);
  await page.close();
});
