import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, storageStateFor } from "./fixtures";

const stamp = Date.now().toString(36);
const header = "naam;leverancier;land;categorie;maatregel;bron;ios_bundel_id;android_pakketnaam;toelichting";

test.describe("apps importeren uit CSV (CISO)", () => {
  test.use({ storageState: storageStateFor("ciso") });

  test("a file with a bad row imports nothing; a good file adds the apps to the draft", async ({ page }) => {
    await page.goto("/lijsten/apps/importeren");
    await expectNoAxeViolations(page);

    const bad = [
      header,
      `Import goed ${stamp};Importbedrijf ${stamp};CN;Video;verboden;eigen;;nl.voorbeeld.goed${stamp};`,
      `Import fout ${stamp};Importbedrijf ${stamp};CN;Video;misschien;eigen;;com..fout;`,
    ].join("\n");
    await page.getByLabel("Of plak de inhoud van het bestand").fill(bad);
    await page.getByRole("button", { name: "Controleer het bestand" }).click();
    const errors = page.getByRole("alert").filter({ hasText: "Pas het bestand aan" });
    await expect(errors).toContainText("Regel 3");
    await expect(page.getByRole("button", { name: /^Importeer/ })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto(`/lijsten/apps?zoek=${encodeURIComponent(stamp)}`);
    await expect(page.getByText("0 apps gevonden")).toBeVisible();

    const good = [
      header,
      `Import een ${stamp};Importbedrijf ${stamp};CN;Video;verboden;eigen;;nl.voorbeeld.een${stamp};`,
      `Import twee ${stamp};Importbedrijf ${stamp};CN;Video;ontraden;eigen;nl.voorbeeld.twee${stamp};;=HYPERLINK("x")`,
    ].join("\n");
    await page.goto("/lijsten/apps/importeren");
    await page.getByLabel("Of plak de inhoud van het bestand").fill(good);
    await page.getByRole("button", { name: "Controleer het bestand" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Nieuwe leveranciers: Importbedrijf ${stamp}` })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Importeer 2 apps" }).click();
    await expect(page).toHaveURL(/\/lijsten\/apps$/);
    await expect(page.getByRole("status").filter({ hasText: "2 apps toegevoegd aan het concept" })).toBeVisible();

    await page.goto(`/lijsten/apps?zoek=${encodeURIComponent(stamp)}`);
    await expect(page.getByText("2 apps gevonden")).toBeVisible();
    await page.goto("/lijsten");
    await expect(page.getByText(`Import een ${stamp} (Importbedrijf ${stamp})`)).toBeVisible();
  });

  test("a published version downloads as a formula-safe CSV", async ({ page }) => {
    await page.goto("/lijsten/versies/1");
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download als CSV" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe("applijst-versie-1.csv");
    const text = await readFile((await download.path())!, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain("com.zhiliaoapp.musically");
    // No cell may start with a formula character.
    for (const line of text.replace(/^\uFEFF/, "").split("\r\n")) {
      for (const cell of line.split(",")) expect(cell.replace(/^"/, "")).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});
