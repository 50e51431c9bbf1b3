import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, storageStateFor } from "./fixtures";

const NOTICE = "Er is geen mailserver ingesteld. Berichten worden bewaard en hier getoond, maar niet verstuurd.";

test.describe("verzonden berichten voor de beheerder", () => {
  test.use({ storageState: storageStateFor("beheerder") });

  test("shows the no-mail-server notice and the reminders the ladder queued at start; one opens with its full text", async ({ page }) => {
    await page.goto("/beheer/berichten");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verzonden berichten");
    await expect(page.getByText(NOTICE)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("Ontvanger").fill("medewerker@voorbeeld.nl");
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(/ontvanger=medewerker%40voorbeeld\.nl/);
    // The ladder runs right after the server started; a reload picks up its result if the page came first.
    const reminder = page.getByRole("row").filter({ hasText: "medewerker@voorbeeld.nl" }).filter({ hasText: "Neem kennis van het beleid over apps" });
    await expect(async () => {
      await page.reload();
      await expect(reminder.first()).toBeVisible({ timeout: 1000 });
    }).toPass();
    await expect(reminder.first()).toContainText("Wacht op verzending");

    const subject = (await reminder.first().getByRole("link").textContent())!.trim();
    await reminder.first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
    await expect(page.getByText(NOTICE)).toBeVisible();
    await expect(page.getByText("/kennisnemen")).toBeVisible();
    await expect(page.getByText("Dit bericht is automatisch verstuurd")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Verzonden berichten" }).first().click();
    await page.getByLabel("Status").selectOption({ label: "Verzonden" });
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page.getByText("Er zijn geen berichten die passen bij deze filters.")).toBeVisible();
  });
});

for (const role of ["ciso", "medewerker"] as const) {
  test.describe(`verzonden berichten voor ${role}`, () => {
    test.use({ storageState: storageStateFor(role) });

    test("gets the forbidden page on the list and on a message", async ({ page }) => {
      await page.goto("/beheer/berichten");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
      await expect(page.getByText("medewerker@voorbeeld.nl")).toHaveCount(0);
      await expectNoAxeViolations(page);
      await page.goto("/beheer/berichten/1");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
    });
  });
}
