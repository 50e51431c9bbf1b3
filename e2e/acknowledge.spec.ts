import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_NAMES, expectNoAxeViolations, storageStateFor, type DemoRole } from "./fixtures";

// One story in order: the CISO notes the rate, the medewerker acknowledges, the rate goes up by one.
test.describe.configure({ mode: "serial" });

const OVERVIEW = "/beleid/1/kennisnames";

async function pageAs(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateFor(role) });
  return context.newPage();
}

/** "12 van 30 mensen hebben kennisgenomen" from the overview's intro, as numbers. */
async function readRate(page: Page) {
  await page.goto(OVERVIEW);
  const text = await page.getByText(/\d+ van \d+ mensen hebben kennisgenomen/).textContent();
  const [, done, total] = /(\d+) van (\d+) mensen hebben kennisgenomen/.exec(text ?? "")!;
  return { done: Number(done), total: Number(total) };
}

let before: { done: number; total: number };
let code: string;

test("the CISO sees the rate per risk group and department, and the medewerker as outstanding", async ({ browser }) => {
  const page = await pageAs(browser, "ciso");
  before = await readRate(page);
  expect(before.done).toBeLessThan(before.total);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kennisnames beleid versie 1");
  await expect(page.getByRole("table", { name: /per risicogroep/ }).getByRole("rowheader").first()).toHaveText("Bestuurder (college van B&W)");
  await expect(page.getByRole("table", { name: "Kennisnames per afdeling" })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(DEMO_NAMES.medewerker) });
  await expect(row).toContainText(/Openstaand|Te laat/);
  await expectNoAxeViolations(page);

  // The filter is a GET form: only those who acknowledged remain, so not the medewerker.
  await page.getByRole("combobox", { name: "Status" }).selectOption("kennisgenomen");
  await page.getByRole("button", { name: "Filter toepassen" }).click();
  await expect(page).toHaveURL(/status=kennisgenomen/);
  await expect(page.getByRole("row", { name: new RegExp(DEMO_NAMES.medewerker) })).toHaveCount(0);
  await page.close();
});

test("the medewerker sees the task, acknowledges both statements and downloads the receipt", async ({ browser }) => {
  const page = await pageAs(browser, "medewerker");
  await page.goto("/overzicht");
  const task = page.getByRole("heading", { name: /^Neem kennis van het beleid, versie 1, vóór \d+ \w+ \d{4}/ });
  await expect(task).toBeVisible();
  await page.getByRole("link", { name: "Naar het beleid" }).click();

  await expect(page).toHaveURL(/\/kennisnemen$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Neem kennis van het beleid, versie 1");
  await expect(page.getByRole("table", { name: /De apps op lijstversie \d+, de verboden apps eerst/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // One box ticked is not enough: a message at the other one, nothing stored.
  await page.getByLabel("Ik heb het beleid gelezen.").check();
  await page.getByRole("button", { name: "Ik neem kennis van het beleid" }).click();
  await expect(page.getByText("Vink aan dat er geen van deze apps op uw werkapparaten staan", { exact: false }).first()).toBeVisible();

  await page.getByLabel("Ik heb het beleid gelezen.").check();
  await page.getByLabel(/^Op mijn werkapparaten staan geen van deze apps, of ik verwijder ze vóór/).check();
  await page.getByRole("button", { name: "Ik neem kennis van het beleid" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beleid, versie 1");
  await expect(page.getByText(/U heeft op .* kennisgenomen van versie 1 van het beleid/)).toBeVisible();
  code = (await page.locator("code", { hasText: /^KN-/ }).first().textContent()) ?? "";
  expect(code).toMatch(/^KN-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download uw ontvangstbewijs (PDF)" }).click()]);
  expect(download.suggestedFilename()).toBe("ontvangstbewijs-beleid-v1.pdf");
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

  await page.goto("/overzicht");
  await expect(page.getByText(/U heeft kennisgenomen van versie 1 van het beleid op/)).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Neem kennis van het beleid/ })).toHaveCount(0);
  await page.close();
});

test("the CISO's rate went up by one, and the receipt's code checks out", async ({ browser }) => {
  const page = await pageAs(browser, "ciso");
  const after = await readRate(page);
  expect(after).toEqual({ done: before.done + 1, total: before.total });
  await expect(page.getByRole("row", { name: new RegExp(DEMO_NAMES.medewerker) })).toContainText("Kennisgenomen");

  await page.getByLabel("Controlecode").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Controleren" }).click();
  await expect(page.getByText(`Het ontvangstbewijs ${code} is echt.`)).toContainText(DEMO_NAMES.medewerker);
  await expectNoAxeViolations(page);
  await page.close();
});

test("a medewerker cannot open the overview or the export", async ({ browser }) => {
  const page = await pageAs(browser, "medewerker");
  await page.goto(OVERVIEW);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
  const response = await page.request.get(`${OVERVIEW}/export`);
  expect(response.status()).toBe(403);
  await page.close();
});
