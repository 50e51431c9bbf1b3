import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, storageStateFor } from "./fixtures";

// The demo inventory (lib/demo/seed-inventory.ts) is imported on first start: 695 devices, TikTok on 33.
test.describe("apparaten voor de CISO", () => {
  test.use({ storageState: storageStateFor("ciso") });

  test("sees the demo figures with the coverage, the blind spots, the trend and the history", async ({ page }) => {
    await page.goto("/apparaten");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Apparaten");
    await expect(page.getByRole("cell", { name: /^TikTok op 33 van 695 apparaten/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Wat de inventaris niet laat zien" })).toBeVisible();
    await expect(page.getByText(/Van een privé-apparaat meldt het MDM alleen de apps die de gemeente beheert/)).toBeVisible();
    await expect(page.getByRole("img", { name: /Verloop van overtredingen per inventaris/ })).toBeVisible();
    await page.getByText("Toon de cijfers als tabel").click();
    await expect(page.getByRole("table", { name: "Verloop per inventaris, oudste eerst" })).toBeVisible();
    await expect(page.getByRole("table", { name: "De laatste imports, nieuwste eerst" }).getByRole("link").first()).toHaveAttribute("href", /^\/apparaten\/importen\/\d+$/);
    await expect(page.getByRole("link", { name: "Nieuwe inventaris importeren" }).first()).toHaveAttribute("href", "/apparaten/importeren");
    await expectNoAxeViolations(page);
  });

  test("records the number of managed devices: a wrong value is refused and kept, a good one gives the coverage", async ({ page }) => {
    await page.goto("/apparaten");
    const field = page.getByLabel("Aantal beheerde apparaten");
    await field.fill("zevenhonderd");
    await page.getByRole("button", { name: "Aantal vastleggen" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Niet alle velden zijn goed ingevuld" })).toBeVisible();
    await expect(field).toHaveValue("zevenhonderd");
    await expectNoAxeViolations(page);

    await field.fill("700");
    await page.getByRole("button", { name: "Aantal vastleggen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Het aantal beheerde apparaten is vastgelegd: 700." })).toBeVisible();
    await page.reload();
    await expect(page.getByText("Dekking: 695 van 700 beheerde apparaten (99%).").first()).toBeVisible();
    await expect(page.getByRole("cell", { name: "TikTok op 33 van 695 apparaten (dekking 99%)" })).toBeVisible();
  });

  test("asks the owners to remove the app after a confirmation; a second send mails nobody; the beheerder sees the mails", async ({ page, browser, baseURL }) => {
    await page.goto("/apparaten");
    const send = page.getByRole("button", { name: "Eigenaren vragen de app te verwijderen" });
    await send.click();
    await expect(page.getByRole("alert").filter({ hasText: "Niet alle velden zijn goed ingevuld" })).toBeVisible();
    await page.getByLabel(/Ja, mail de eigenaren/).check();
    await send.click();
    const result = page.getByRole("status").filter({ hasText: /krijg(t|en) een e-mail met het verzoek de app te verwijderen/ });
    await expect(result).toBeVisible();
    const mailed = Number((await result.textContent())!.match(/(\d+) person/)![1]);
    expect(mailed).toBeGreaterThan(0);

    await page.reload();
    await page.getByLabel(/Ja, mail de eigenaren/).check();
    await send.click();
    await expect(page.getByRole("status").filter({ hasText: `Iedereen met een overtreding (${mailed} ${mailed === 1 ? "persoon" : "personen"}) is al gevraagd de app te verwijderen. Er is niemand opnieuw gemaild.` })).toBeVisible();

    const beheerder = await (await browser.newContext({ baseURL, storageState: storageStateFor("beheerder") })).newPage();
    await beheerder.goto("/beheer/berichten");
    const rows = beheerder.getByRole("row").filter({ hasText: /Verwijder .+ van uw werkapparatuur/ });
    await expect(rows).toHaveCount(mailed);
    await rows.first().getByRole("link").click();
    const body = beheerder.getByText(/^Beste /);
    await expect(body).toContainText("offensief cyberprogramma");
    await expect(body).toContainText("/uitzonderingen/aanvragen");
    await beheerder.context().close();
  });

  test("pages through the violating devices and downloads them as CSV", async ({ page }) => {
    await page.goto("/apparaten?pagina=onzin");
    await expect(page.getByRole("heading", { name: "Apparaten met een overtreding" })).toBeVisible();
    await expect(page.getByText(/^Apparaat 1 tot en met \d+ van \d+\.$/)).toBeVisible();
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /^Download alle \d+ als CSV$/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^overtredingen-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await file.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split("\r\n")[0]).toBe("Apparaat-id,Apparaatnaam,Platform,Eigenaar,E-mailadres,Afdeling,Apps op de lijst");
    expect(csv).toContain("TikTok");
  });
});

test.describe("apparaten voor een medewerker", () => {
  test.use({ storageState: storageStateFor("medewerker") });

  test("gets no access to the page or the CSV", async ({ page }) => {
    await page.goto("/apparaten");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
    await expect(page.getByText("TikTok op")).toHaveCount(0);
    await expectNoAxeViolations(page);
    const response = await page.request.get("/apparaten/overtredingen.csv");
    expect(response.status()).toBe(403);
    expect(await response.text()).not.toContain("@voorbeeld.nl");
  });
});
