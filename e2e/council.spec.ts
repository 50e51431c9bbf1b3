import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, storageStateFor, type DemoRole } from "./fixtures";

// The council side as a whole: the start pages of the griffie and the raadslid, the one search box, and the
// "zie ook" links between a decision, a memo and a raadsvraag. The demo data (seeds 000, 001, 002) is the input.

const COUNCIL_MEMO = "Veiligheidsrisico's van apps uit landen met een offensief cyberprogramma";
const DECISION = "Besluit 2023-0412";

async function pageAs(browser: Browser, baseURL: string | undefined, role: DemoRole): Promise<Page> {
  const context = await browser.newContext({ baseURL, storageState: storageStateFor(role) });
  return context.newPage();
}

test("the griffie's start page shows overdue raadsvragen, memo read rates and decisions at risk", async ({ browser, baseURL }) => {
  const page = await pageAs(browser, baseURL, "griffie");
  await page.goto("/overzicht");
  const questions = page.getByRole("region", { name: "Openstaande raadsvragen" });
  await expect(questions.getByText(/\d+ te laat/)).toBeVisible();
  await expect(questions.getByRole("link", { name: /RV \d{4}-\d+/ }).first()).toBeVisible();
  const memos = page.getByRole("region", { name: "Memo's en wie ze las" });
  await expect(memos.getByText(/\d+ van \d+ gelezen \(\d+%\)/).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Besluiten die aandacht nodig hebben" }).getByRole("link", { name: /Besluit 2023-/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a raadslid's start page shows unread memos, answered raadsvragen and the decisions' progress", async ({ browser, baseURL }) => {
  const page = await pageAs(browser, baseURL, "raadslid");
  await page.goto("/overzicht");
  const memos = page.getByRole("region", { name: "Memo's voor u" });
  await expect(memos.getByText(/\d+ ongelezen memo/)).toBeVisible();
  await expect(memos.getByRole("link", { name: COUNCIL_MEMO })).toBeVisible();
  await expect(page.getByRole("region", { name: "Beantwoorde raadsvragen" }).getByRole("link").first()).toBeVisible();
  const decisions = page.getByRole("region", { name: "Collegebesluiten en hun uitvoering" });
  await expect(decisions.getByRole("link", { name: new RegExp(DECISION) })).toBeVisible();
  await expect(decisions.getByText(/Op schema|Risico|Te laat|Afgerond/).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("search finds memos, decisions and raadsvragen for a raadslid, marks the words, and hides a raad memo from a medewerker", async ({ browser, baseURL }) => {
  const raadslid = await pageAs(browser, baseURL, "raadslid");
  await raadslid.goto("/zoeken");
  await expectNoAxeViolations(raadslid);
  await raadslid.getByLabel("Zoekwoorden").fill("cyberprogramma");
  await raadslid.getByRole("button", { name: "Zoeken" }).click();
  await expect(raadslid).toHaveURL(/\/zoeken\?q=cyberprogramma$/);
  await expect(raadslid.getByRole("heading", { level: 2, name: /resultaten? voor ‘cyberprogramma’/ })).toBeVisible();
  const results = raadslid.getByRole("list", { name: /Zoekresultaten/ });
  await expect(results.getByRole("link", { name: `Memo 1: ${COUNCIL_MEMO}` })).toBeVisible();
  await expect(results.getByRole("link", { name: new RegExp(`Collegebesluit 2023-0412`) })).toBeVisible();
  await expect(results.locator("mark").first()).toHaveText(/cyberprogramma/i);
  await expectNoAxeViolations(raadslid);

  await raadslid.goto("/zoeken?q=TikTok");
  await expect(raadslid.getByRole("list", { name: /Zoekresultaten/ }).getByRole("link", { name: /^Raadsvraag RV/ }).first()).toBeVisible();

  const medewerker = await pageAs(browser, baseURL, "medewerker");
  await medewerker.goto("/zoeken?q=cyberprogramma");
  await expect(medewerker.locator("#resultaten")).toContainText("voor ‘cyberprogramma’");
  await expect(medewerker.getByRole("link", { name: `Memo 1: ${COUNCIL_MEMO}` })).toHaveCount(0);

  await medewerker.goto("/zoeken?q=%22onbestaandwoordxyz%22");
  await expect(medewerker.locator("#resultaten")).toHaveText("Geen resultaten voor ‘\"onbestaandwoordxyz\"’");
});

test("the griffie links a decision to a raadsvraag; both pages show it, and a raadslid sees it too", async ({ browser, baseURL }) => {
  const griffie = await pageAs(browser, baseURL, "griffie");
  await griffie.goto("/besluiten");
  await griffie.getByRole("link", { name: /2023-0455/ }).first().click();
  await griffie.waitForURL(/\/besluiten\/\d+$/);
  const decisionUrl = griffie.url();
  const seeAlso = griffie.getByRole("region", { name: "Zie ook" });
  await expect(seeAlso).toBeVisible();
  const select = seeAlso.getByLabel("Verwijs naar");
  const option = select.locator("option", { hasText: /^Raadsvraag RV \d{4}-031/ });
  const label = (await option.textContent())!.trim();
  await select.selectOption({ label });
  await seeAlso.getByRole("button", { name: "Verwijzing toevoegen" }).click();
  await expect(griffie.getByRole("status").filter({ hasText: "De verwijzing naar raadsvraag" })).toBeVisible();
  await expect(seeAlso.getByRole("link", { name: label })).toBeVisible();
  await expectNoAxeViolations(griffie);

  // The same link, on the raadsvraag's page.
  await seeAlso.getByRole("link", { name: label }).click();
  await expect(griffie.getByRole("region", { name: "Zie ook" }).getByRole("link", { name: /2023-0455/ })).toBeVisible();

  // A raadslid sees the link (both items are published) but no form to change links.
  const raadslid = await pageAs(browser, baseURL, "raadslid");
  await raadslid.goto(decisionUrl);
  const readerSeeAlso = raadslid.getByRole("region", { name: "Zie ook" });
  await expect(readerSeeAlso.getByRole("link", { name: label })).toBeVisible();
  await expect(readerSeeAlso.getByRole("button")).toHaveCount(0);
});
