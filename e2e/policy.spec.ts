import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, storageStateFor } from "./fixtures";

const stamp = Date.now().toString(36);
const title = `Apps op werkapparaten, herzien ${stamp}`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test.describe("beleidsversies (CISO)", () => {
  test.use({ storageState: storageStateFor("ciso") });

  // Published with an effective date in the future, so demo version 1 stays current for the other specs.
  test("starts a draft from the current version, edits it, publishes it for later, and sees it in the list", async ({ page }) => {
    await page.goto("/beleid");
    await expect(page.getByRole("heading", { level: 1, name: "Beleidsversies" })).toBeVisible();
    await expectNoAxeViolations(page);
    if (await page.getByRole("link", { name: "Concept bewerken" }).isVisible()) {
      // A draft left by an earlier run: throw it away so this run starts from the current version.
      await page.goto("/beleid/concept");
      await page.getByLabel("Ja, gooi dit concept weg").check();
      await page.getByRole("button", { name: "Concept weggooien" }).click();
      await expect(page).toHaveURL(/\/beleid$/);
    }
    await page.getByRole("button", { name: /Nieuwe versie maken vanuit versie \d+/ }).click();
    await expect(page).toHaveURL(/\/beleid\/concept$/);
    await expect(page.getByRole("status").filter({ hasText: "Het concept is gestart" })).toBeVisible();
    await expect(page.getByLabel("Tekst van het beleid")).toHaveValue(/## Waarom dit beleid/);
    await expectNoAxeViolations(page);

    // A due date before the effective date is refused with a Dutch message, and what was typed stays.
    await page.getByLabel("Titel").fill(title);
    await page.getByLabel("Gaat in op").fill(inDays(30));
    await page.getByLabel("Kennisnemen vóór").fill(inDays(20));
    await page.getByRole("button", { name: "Concept opslaan en voorbeeld bekijken" }).click();
    await expect(page.getByText("De datum voor kennisname mag niet vóór de ingangsdatum liggen.").first()).toBeVisible();
    await expect(page.getByLabel("Titel")).toHaveValue(title);
    await expectNoAxeViolations(page);

    await page.getByLabel("Kennisnemen vóór").fill(inDays(44));
    const body = page.getByLabel("Tekst van het beleid");
    await body.fill(`${await body.inputValue()}\n\n## Wat is er nieuw\n\nDeze versie hoort bij de nieuwe lijst. <script>alert(1)</script>`);
    await page.getByLabel("Dagen vóór de uiterste datum").fill("14, 7, 1");
    await page.getByRole("button", { name: "Concept opslaan en voorbeeld bekijken" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Het concept is opgeslagen" })).toBeVisible();
    const preview = page.locator("#voorbeeld");
    await expect(preview.getByRole("heading", { name: "Wat is er nieuw" })).toBeVisible();
    await expect(preview.locator("script")).toHaveCount(0);

    await page.getByRole("link", { name: "Naar publiceren" }).click();
    await expect(page).toHaveURL(/\/beleid\/publiceren$/);
    const heading = page.getByRole("heading", { level: 1, name: /Beleidsversie \d+ publiceren/ });
    const number = Number((await heading.textContent())!.match(/\d+/)![0]);
    await expect(page.getByText("14 dagen vóór de uiterste datum")).toBeVisible();
    await expect(page.getByText(/personen krijgen de vraag om kennis te nemen/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: `Publiceer versie ${number}` }).click();
    await expect(page.getByText("Zet een vinkje om te bevestigen").first()).toBeVisible();
    await page.getByLabel(`Ja, publiceer dit beleid als versie ${number}`).check();
    await page.getByRole("button", { name: `Publiceer versie ${number}` }).click();

    await expect(page).toHaveURL(/\/beleid\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: `Beleidsversie ${number}` })).toBeVisible();
    await expect(page.getByRole("link", { name: "Kennisname bekijken" })).toBeVisible();
    await expect(page.getByRole("button", { name: /opslaan|publiceer/i })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto("/beleid");
    const row = page.getByRole("row").filter({ hasText: title });
    await expect(row).toContainText(`Versie ${number}`);
    await expect(row).toContainText("Gaat later in");
  });
});

test.describe("beleid openbaar", () => {
  test("the public pages show the current version only, never a later one or a draft", async ({ page }) => {
    await page.goto("/");
    const section = page.locator("section", { has: page.getByRole("heading", { name: "Het beleid" }) });
    await expect(section).toContainText("versie 1");
    await section.getByRole("link", { name: "Lees het beleid" }).click();
    await expect(page).toHaveURL(/\/beleid-openbaar$/);
    await expect(page.getByRole("heading", { level: 1, name: "Apps uit risicolanden op werkapparaten" })).toBeVisible();
    await expect(page.getByText("Versie 1, geldig sinds")).toBeVisible();
    await expect(page.getByText("herzien")).toHaveCount(0);
    await expect(page.getByText("Wat is er nieuw")).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test.describe("beleidsversies voor een medewerker", () => {
  test.use({ storageState: storageStateFor("medewerker") });

  test("gets 403 on every policy page", async ({ page }) => {
    for (const path of ["/beleid", "/beleid/concept", "/beleid/publiceren", "/beleid/1"]) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
    }
  });
});
