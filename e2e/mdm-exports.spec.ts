import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, storageStateFor } from "./fixtures";

const PAGE = "/lijsten/versies/1/mdm";

async function download(page: Page, link: string | RegExp) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, "utf8") };
}

test.describe("MDM-bestanden voor de CISO", () => {
  test.use({ storageState: storageStateFor("ciso") });

  test("opens the export page from the version page, downloads each format and passes axe", async ({ page }) => {
    await page.goto("/lijsten/versies/1");
    await page.getByRole("link", { name: "Bestanden voor het MDM" }).click();
    await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bestanden voor het MDM bij lijstversie 1");
    await expect(page.getByText(/Niet op te nemen \(geen iOS-bundel-ID\)/)).toBeVisible();
    await page.getByText("apps zonder iOS-bundel-ID").click();
    await expect(page.getByRole("listitem").filter({ hasText: /^Lemon8$/ }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    // For a look at the page after a run; outside the checkout, so parallel runs do not clear it.
    await page.screenshot({ path: join(tmpdir(), "mdm-export-page.png"), fullPage: true });

    const ios = await download(page, "Download Intune-beleid iOS (JSON)");
    expect(ios.name).toBe("lijstversie-1-intune-ios.json");
    expect(JSON.parse(ios.text).restrictedApps).toContainEqual(expect.objectContaining({ "@odata.type": "#microsoft.graph.appListItem", appId: "com.tencent.xin" }));

    const androidIntune = await download(page, "Download Intune-beleid Android (JSON)");
    expect(androidIntune.name).toBe("lijstversie-1-intune-android.json");
    expect(JSON.parse(androidIntune.text)["@odata.type"]).toBe("#microsoft.graph.androidCompliancePolicy");

    const csv = await download(page, "Download Intune-lijst (CSV)");
    expect(csv.name).toBe("lijstversie-1-intune.csv");
    expect(csv.text).toContain("Android,Temu,PDD Holdings,com.einnovation.temu");

    const profile = await download(page, "Download Apple-profiel (.mobileconfig)");
    expect(profile.name).toBe("lijstversie-1-apple-blokkeren.mobileconfig");
    expect(profile.text).toContain("<key>blockedAppBundleIDs</key>");
    expect(profile.text).toContain("<string>com.apple.applicationaccess</string>");

    const policy = await download(page, "Download Android-beleid (JSON)");
    expect(policy.name).toBe("lijstversie-1-android-blokkeren.json");
    expect(JSON.parse(policy.text).applications).toContainEqual({ packageName: "com.tencent.mm", installType: "BLOCKED" });
  });

  // Other specs may approve more demo exemptions in the same run: check the demo's approved one, not the totals.
  test("downloads the exclusion groups: per app the people with an approved exemption", async ({ page }) => {
    await page.goto(PAGE);
    const section = page.getByRole("region", { name: "Uitsluitingsgroepen: mensen met een uitzondering" });
    await expect(section).toContainText(/\d+ uitzondering(en)? voor \d+ apps? \(.*TikTok: \d+/);
    const csv = await download(page, "Download uitsluitingsgroepen (CSV)");
    expect(csv.name).toMatch(/^lijstversie-1-uitsluitingen-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text).toContain("TikTok,com.zhiliaoapp.musically,com.zhiliaoapp.musically,");
    expect(csv.text).toContain("communicatie@voorbeeld.nl,Losse telefoon van team Communicatie (zonder werkaccounts)");
    const json = await download(page, "Download uitsluitingsgroepen (JSON)");
    expect(JSON.parse(json.text).apps).toContainEqual(expect.objectContaining({ name: "TikTok", members: expect.arrayContaining([expect.objectContaining({ email: "communicatie@voorbeeld.nl" })]) }));
  });

  test("makes an allowlist profile, and a refused list comes back with a message and the typed text", async ({ page }) => {
    await page.goto(PAGE);
    const appleField = page.getByLabel("Toegestane iOS-bundel-ID's");
    await appleField.fill("com.microsoft.skype.teams\ncom.tencent.xin");
    await page.getByRole("button", { name: "Download profiel met toegestane apps" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Het bestand is niet gemaakt" })).toContainText("com.tencent.xin");
    await expect(page.getByLabel("Toegestane iOS-bundel-ID's")).toHaveValue("com.microsoft.skype.teams\ncom.tencent.xin");
    await expectNoAxeViolations(page);

    await page.getByLabel("Toegestane iOS-bundel-ID's").fill("com.microsoft.skype.teams");
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download profiel met toegestane apps" }).click()]);
    expect(file.suggestedFilename()).toBe("lijstversie-1-apple-toegestaan.mobileconfig");
    expect(await readFile((await file.path())!, "utf8")).toContain("<key>allowListedAppBundleIDs</key>");

    await page.getByLabel("Toegestane Android-pakketnamen").fill("com.microsoft.teams");
    await page.getByLabel(/Ze worden op elk apparaat geïnstalleerd/).check();
    const [android] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download beleid met toegestane apps" }).click()]);
    expect(android.suggestedFilename()).toBe("lijstversie-1-android-toegestaan.json");
    expect(JSON.parse(await readFile((await android.path())!, "utf8"))).toEqual({ playStoreMode: "WHITELIST", applications: [{ packageName: "com.microsoft.teams", installType: "FORCE_INSTALLED" }] });
  });
});

test.describe("MDM-bestanden voor een medewerker", () => {
  test.use({ storageState: storageStateFor("medewerker") });

  test("gets the 403 page and no file", async ({ page }) => {
    const response = await page.goto(PAGE);
    expect(response!.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
    const direct = await page.request.get(`${PAGE}/apple`);
    expect(direct.status()).toBe(403);
    expect(direct.headers()["content-disposition"]).toBeUndefined();
  });
});
