import { expect, test, type Page } from "@playwright/test";
import { demoInventoryCsv, demoRounds } from "@/lib/demo/inventory-files";
import { expectNoAxeViolations, storageStateFor } from "./fixtures";

// The CISO imports MDM inventories: a small one with JavaScript (progress, then the result page), one above
// the proxy's 10 MB body limit that must arrive whole, one without JavaScript, and a malformed one that is
// refused with its line numbers while the previous inventory stays current.

const header = "ApplicationKey,ApplicationName,ApplicationPublisher,ApplicationShortVersion,ApplicationVersion,DeviceId,DeviceName,EmailAddress,OSDescription,OSVersion,Platform,UserId,UserName";
const row = (device: string, key: string, name: string, email = "medewerker@voorbeeld.nl") => `${key},${name},Uitgever,1.0,1.0.0,${device},Toestel ${device},${email},iOS 17,17,iOS,,`;
const small = [header, row("E2E-1", "com.zhiliaoapp.musically", "TikTok"), row("E2E-2", "nl.digid.digidapp", "DigiD"), row("E2E-3", "com.tencent.xin", "WeChat", "onbekend@example.org")].join("\r\n") + "\r\n";

async function upload(page: Page, name: string, content: string | Buffer) {
  await page.goto("/apparaten/importeren");
  await page.getByLabel("CSV-bestand met de app-inventaris").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content) });
  await page.getByRole("button", { name: "Importeren" }).click();
}

// Runs after devices.spec.ts (file order), which reads the demo inventory; afterwards the demo's newest
// inventory is imported again, so whoever looks at the demo next sees it as it was.
test.afterAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("ciso") });
  const response = await context.request.post("/apparaten/importeren/bestand", {
    data: Buffer.from(demoInventoryCsv(demoRounds[demoRounds.length - 1])),
    headers: { "content-type": "text/csv", accept: "application/json", "sec-fetch-site": "same-origin", "x-bestandsnaam": "AppInvRawData-demo.csv" },
  });
  expect(response.status()).toBe(200);
  await context.close();
});

test.describe("inventaris importeren als CISO", () => {
  test.use({ storageState: storageStateFor("ciso") });

  test("uploads a small inventory and sees the result", async ({ page }) => {
    await page.goto("/apparaten/importeren");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inventaris importeren");
    await expect(page.getByRole("table", { name: "Kolommen van het algemene formaat" })).toBeVisible();
    await expectNoAxeViolations(page);
    await upload(page, "klein.csv", small);
    await expect(page).toHaveURL(/\/apparaten\/importen\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import van klein.csv");
    await expect(page.getByText("De inventaris is geïmporteerd: 3 apparaten, 1 overtreding.")).toBeVisible();
    await expect(page.getByText(/^[0-9a-f]{64}$/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a file above 10 MB arrives whole, with progress while it is sent and processed", async ({ page }) => {
    const long = "x".repeat(6000);
    const lines = ["apparaat_id;eigenaar_email;platform;app_id;app_naam"];
    for (let i = 1; i <= 2100; i++) lines.push(`G-${i};;Android;nl.voorbeeld.app${i};App ${i} ${long}`);
    const content = lines.join("\n") + "\n";
    expect(content.length).toBeGreaterThan(12 * 1024 * 1024);
    await upload(page, "groot.csv", content);
    await expect(page.getByText(/Bezig met verwerken…|Versturen: \d+%/).first()).toBeVisible();
    await expect(page).toHaveURL(/\/apparaten\/importen\/\d+$/, { timeout: 60_000 });
    await expect(page.getByText("De inventaris is geïmporteerd: 2.100 apparaten, 0 overtredingen.")).toBeVisible();
    await expect(page.getByText("12,1 MB")).toBeVisible();
  });

  test("a malformed file is refused with its line numbers, and the old figures stay", async ({ page }) => {
    await upload(page, "goed.csv", small);
    await expect(page).toHaveURL(/\/apparaten\/importen\/\d+$/);
    const goodUrl = new URL(page.url()).pathname;

    const broken = small + "com.x,Te veel,kolommen,1,1,E2E-9,x,y,z,17,iOS,,,extra\r\n";
    await upload(page, "kapot.csv", broken);
    await expect(page).toHaveURL(/\/apparaten\/importen\/\d+$/);
    await expect(page.getByRole("heading", { name: "Het bestand is geweigerd" })).toBeVisible();
    await expect(page.getByText("Regel 5: deze regel heeft meer kolommen dan de eerste regel.", { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/apparaten");
    await expect(page.getByRole("link", { name: "Details van deze import" })).toHaveAttribute("href", goodUrl);
  });
});

test.describe("zonder JavaScript", () => {
  test.use({ storageState: storageStateFor("ciso"), javaScriptEnabled: false });

  test("the form posts the file and lands on the result; no file gives a message", async ({ page }) => {
    await page.goto("/apparaten/importeren");
    await page.getByRole("button", { name: "Importeren" }).click();
    await expect(page).toHaveURL(/melding=geen-bestand$/);
    await expect(page.getByText("Kies een CSV-bestand om te importeren.").first()).toBeVisible();
    await upload(page, "zonder-js.csv", small);
    await expect(page).toHaveURL(/\/apparaten\/importen\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import van zonder-js.csv");
  });
});

test.describe("als medewerker", () => {
  test.use({ storageState: storageStateFor("medewerker") });

  test("gets no access to the import page", async ({ page }) => {
    const response = await page.goto("/apparaten/importeren");
    expect(response?.status()).toBe(403);
  });
});
