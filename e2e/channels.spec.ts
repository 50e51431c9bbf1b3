import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, storageStateFor } from "./fixtures";

const stamp = Date.now().toString(36);
const ACCOUNT = `@e2e-${stamp}`;
const today = new Date().toISOString().slice(0, 10);
const FLAG = "Platform staat op de lijst: afbouwen";

/** With CHANNELS_SCREENSHOTS=<folder>, saves what the page looks like, to check the layout by eye. */
async function snap(page: Page, name: string) {
  if (process.env.CHANNELS_SCREENSHOTS) await page.screenshot({ path: `${process.env.CHANNELS_SCREENSHOTS}/${name}.png`, fullPage: true });
}

test.describe("communicatiekanalen voor de CISO", () => {
  test.use({ storageState: storageStateFor("ciso") });

  test("sees the TikTok account flagged first with the count, adds an account (a duplicate and a missing closing date refused), and the flag follows the status", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/overzicht");
    const card = page.getByRole("region", { name: "Communicatiekanalen" });
    await expect(card).toContainText(/Accounts op platforms van de lijst: \d+ nog actief\./);
    await card.getByRole("link", { name: "Naar de communicatiekanalen" }).click();
    await expect(page).toHaveURL(/\/kanalen$/);
    await expect(page.getByRole("heading", { level: 1, name: "Communicatiekanalen" })).toBeVisible();
    await expect(page.getByTestId("flagged-count")).toContainText(/\d+ accounts? sta(at|an) nog open op een platform van de lijst/);
    // Flagged accounts come first; the demo's own TikTok account is one of them, being phased out.
    await expect(page.getByRole("row").nth(1)).toContainText(FLAG);
    const tiktok = page.getByRole("row").filter({ hasText: "@gemeentevoorbeeld" }).filter({ hasText: "TikTok" });
    await expect(tiktok).toContainText(FLAG);
    await expect(tiktok).toContainText("Wordt afgebouwd");
    await expect(tiktok).toContainText("Communicatie");
    await expect(page.getByRole("row").filter({ hasText: "Facebook" })).not.toContainText(FLAG);
    await expect(page.getByRole("row").filter({ hasText: "WeChat" })).toContainText("Opgeheven");
    await expect(page.getByRole("row").filter({ hasText: "WeChat" })).not.toContainText(FLAG);
    await snap(page, "register");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Kanaal toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Kanaal toevoegen" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Platform", { exact: true }).fill("TikTok");
    await page.getByLabel("Account", { exact: true }).fill("@GemeenteVoorbeeld");
    await page.getByLabel("App van het platform op de lijst").selectOption({ label: "TikTok" });
    await page.getByRole("button", { name: "Kanaal toevoegen" }).click();
    await expect(page.getByText("Dit account staat al in het register bij TikTok").first()).toBeVisible();
    await expect(page.getByLabel("Account", { exact: true })).toHaveValue("@GemeenteVoorbeeld");
    await snap(page, "dubbel");
    await expectNoAxeViolations(page);

    await page.getByLabel("Account", { exact: true }).fill(ACCOUNT);
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Opgeheven" });
    await page.getByRole("button", { name: "Kanaal toevoegen" }).click();
    await expect(page.getByText("Vul de datum in waarop het account is opgeheven.").first()).toBeVisible();
    await page.getByLabel("Opgeheven op").fill(today);
    await page.getByRole("button", { name: "Kanaal toevoegen" }).click();
    await expect(page).toHaveURL(/\/kanalen$/);
    const added = page.getByRole("row").filter({ hasText: ACCOUNT });
    await expect(added).toContainText("Opgeheven");
    await expect(added).not.toContainText(FLAG);

    await added.getByRole("link", { name: "TikTok", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${ACCOUNT} op TikTok`);
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Wordt afgebouwd" });
    await page.getByLabel("Opgeheven op").fill("");
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByText(`${ACCOUNT} op TikTok is opgeslagen.`)).toBeVisible();
    await expect(page.getByText(FLAG).first()).toBeVisible();
    await snap(page, "kanaal");
    await expectNoAxeViolations(page);
  });
});

test.describe("communicatiekanalen voor de griffie", () => {
  test.use({ storageState: storageStateFor("griffie") });

  test("reads the register and an entry, without any form", async ({ page }) => {
    await page.goto("/kanalen");
    await expect(page.getByRole("heading", { level: 1, name: "Communicatiekanalen" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Kanaal toevoegen" })).toHaveCount(0);
    await page.getByRole("row").filter({ hasText: "@gemeentevoorbeeld" }).getByRole("link", { name: "TikTok", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("@gemeentevoorbeeld op TikTok");
    await expect(page.getByText("vraag 7 en 8")).toBeVisible();
    await expect(page.getByRole("main").locator("form")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Kanaal wijzigen" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    const response = await page.goto("/kanalen/nieuw");
    expect(response!.status()).toBe(403);
  });
});

test.describe("communicatiekanalen voor een medewerker", () => {
  test.use({ storageState: storageStateFor("medewerker") });

  test("gets the 403 page", async ({ page }) => {
    const response = await page.goto("/kanalen");
    expect(response!.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
  });
});
