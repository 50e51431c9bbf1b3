import { expect, test, type Page } from "@playwright/test";
import { DEMO, DEMO_NAMES, expectNoAxeViolations, login, submitLogin } from "./fixtures";

const WRONG_CREDENTIALS = "Het e-mailadres of het wachtwoord klopt niet.";
const LOCKED = "Daarom is inloggen op een nieuw apparaat tijdelijk geblokkeerd, tot ";
// A demo account no other spec uses: this file blocks it for new devices for 15 minutes.
const COLLEAGUE = "toezicht@voorbeeld.nl";

// Failures from one address only slow logins down (and without TRUSTED_PROXIES every browser is one
// unknown address), so this file keeps its failures few. Each try starts on a fresh page: typing into
// the form while React still resets it after the previous answer would send empty fields, which never
// reach the password check and so would not count.
async function failLogin(page: Page, email: string, password: string) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/inloggen"),
    page.getByRole("button", { name: "Inloggen", exact: true }).click(),
  ]);
}

test.describe("inloggen", () => {
  test("a demo user logs in and the overview shows their name", async ({ page }) => {
    await login(page, DEMO.medewerker);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welkom, ${DEMO_NAMES.medewerker}`);
    await expect(page.getByRole("banner")).toContainText(`Ingelogd als ${DEMO_NAMES.medewerker}`);
  });

  test("a wrong password is refused with a message that does not say which part was wrong", async ({ page }) => {
    await submitLogin(page, DEMO.raadslid, "niet-het-goede-wachtwoord");
    await expect(page.getByRole("alert").filter({ hasText: WRONG_CREDENTIALS })).toBeVisible();
    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(page.getByLabel("E-mailadres")).toHaveValue(DEMO.raadslid);
    await page.goto("/overzicht");
    await expect(page).toHaveURL(/\/inloggen$/);
  });

  test("after five failures the sixth attempt is locked, also for an address that does not exist", async ({ page }) => {
    const email = `onbekend-${Date.now()}@voorbeeld.nl`;
    await page.goto("/inloggen");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await failLogin(page, email, `fout-${attempt}`);
      await expect(page.getByRole("alert").filter({ hasText: WRONG_CREDENTIALS })).toBeVisible();
    }
    await failLogin(page, email, "fout-6");
    await expect(page.getByRole("alert").filter({ hasText: LOCKED })).toContainText(/tot \d{2}:\d{2} uur\./);
    await expect(page.getByRole("alert").filter({ hasText: WRONG_CREDENTIALS })).toHaveCount(0);
  });

  test("someone else's failures block new devices, not the browser a colleague logged in with before", async ({ page, browser, baseURL }) => {
    await login(page, COLLEAGUE);
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page).toHaveURL(/\/inloggen\?uitgelogd=1$/);

    const stranger = await browser.newContext({ baseURL });
    try {
      const strangerPage = await stranger.newPage();
      await strangerPage.goto("/inloggen");
      for (let attempt = 1; attempt <= 5; attempt++) await failLogin(strangerPage, COLLEAGUE, `raden-${attempt}`);
      // Even the right password is refused on a new device now, with a message that blames nobody.
      await submitLogin(strangerPage, COLLEAGUE);
      const alert = strangerPage.getByRole("alert").filter({ hasText: LOCKED });
      await expect(alert).toContainText("Op een apparaat waarop u eerder bent ingelogd, kunt u wel gewoon inloggen.");
      await expect(alert).not.toContainText("verkeerd wachtwoord");
    } finally {
      await stranger.close();
    }

    await login(page, COLLEAGUE);
    const device = (await page.context().cookies()).find((c) => c.name === "portal-device");
    expect(device).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  });

  test("the login page has no accessibility violations", async ({ page }) => {
    await page.goto("/inloggen");
    await expectNoAxeViolations(page);
  });
});

test.describe("uitloggen", () => {
  test("ends the session on the server, so a saved copy of the cookies no longer works", async ({ page, browser, baseURL }) => {
    await login(page, DEMO.griffie);
    const savedState = await page.context().storageState();

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page).toHaveURL(/\/inloggen\?uitgelogd=1$/);
    await expect(page.getByRole("status").filter({ hasText: "U bent uitgelogd." })).toBeVisible();

    const replay = await browser.newContext({ storageState: savedState, baseURL });
    try {
      const replayPage = await replay.newPage();
      await replayPage.goto("/overzicht");
      await expect(replayPage).toHaveURL(/\/inloggen$/);
      await expect(replayPage.getByRole("heading", { level: 1 })).toHaveText("Inloggen");
      // The session endpoint no longer answers with name, e-mail or session id for the ended session.
      expect(await (await replay.request.get("/api/auth/session")).json()).toBeNull();
    } finally {
      await replay.close();
    }
  });
});

test.describe("beveiliging van de verbinding", () => {
  test("pages carry the security headers, with a fresh CSP nonce per response", async ({ page }) => {
    const first = await page.goto("/inloggen");
    const headers = first!.headers();
    const csp = headers["content-security-policy"];
    const nonce = csp.match(/script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
    expect(nonce, csp).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("'unsafe-inline'");
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"]).toBeUndefined();

    const second = await page.reload();
    expect(second!.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);

    // Static files bypass the proxy; they carry the same headers from next.config.
    const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute("href");
    const asset = await page.request.get(stylesheet!);
    expect(asset.status()).toBe(200);
    expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
    expect(asset.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
    expect(asset.headers()["x-frame-options"]).toBe("DENY");
    expect(asset.headers()["x-powered-by"]).toBeUndefined();
  });

  test("the session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
    await login(page, DEMO.beheerder);
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name.endsWith("session-token"));
    expect(session, cookies.map((c) => c.name).join(", ")).toBeDefined();
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  });
});
