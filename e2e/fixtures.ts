import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";

export const DEMO_PASSWORD = "Voorbeeld-demo-2026";
/** The demo's CISO and beheerders have a second factor with this public secret (db/seed/demo-people.ts). */
export const DEMO_TOTP_SECRET = "VOORBEELDDEMOGEHEIMTWEEDEFACTOR2";

/** The demo accounts from db/seed/demo-people.ts, by role. */
export const DEMO = {
  ciso: "ciso@voorbeeld.nl",
  beheerder: "beheerder@voorbeeld.nl",
  griffie: "griffie@voorbeeld.nl",
  raadslid: "raadslid@voorbeeld.nl",
  medewerker: "medewerker@voorbeeld.nl",
} as const;

export type DemoRole = keyof typeof DEMO;

export const DEMO_NAMES: Record<DemoRole, string> = {
  ciso: "Marieke de Vries",
  beheerder: "Youssef El Idrissi",
  griffie: "Sanne Jansen",
  raadslid: "Pieter Klaassen",
  medewerker: "Noor Bakker",
};

/** Written by auth.setup.ts: use with `test.use({ storageState: storageStateFor("ciso") })`. */
export const storageStateFor = (role: DemoRole) => `e2e/.auth/${role}.json`;

/** Fills in and sends the login form, without waiting for the outcome. */
export async function submitLogin(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
}

/** Secrets of second factors: the demo's, and those set up by login() in this worker. */
const totpSecrets = new Map<string, string>();
/** The last time step used per account in this worker: the portal accepts each code once. */
const lastSteps = new Map<string, number>();
const PERIOD_MS = 30_000;

/**
 * A code this account has not used yet. A code of the next step is accepted too (±1 step), so only a
 * third login within one 30-second step waits for the clock.
 */
export async function freshCode(page: Page, email: string, secret: string): Promise<string> {
  const current = Math.floor(Date.now() / PERIOD_MS);
  const step = Math.max(current, (lastSteps.get(email) ?? -1) + 1);
  if (step > current + 1) await page.waitForTimeout((step - 1) * PERIOD_MS - Date.now() + 200);
  lastSteps.set(email, step);
  const totp = new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) });
  return totp.generate({ timestamp: step * PERIOD_MS });
}

/** Sets up a second factor on the page the login led to; returns the recovery codes. */
export async function enrolSecondFactor(page: Page, email: string): Promise<string[]> {
  const secret = (await page.getByLabel("Sleutel om in te typen").innerText()).replace(/\s/g, "");
  totpSecrets.set(email, secret);
  await page.getByLabel("Code uit uw app").fill(await freshCode(page, email, secret));
  await page.getByRole("button", { name: "Tweede factor bevestigen" }).click();
  const codes = page.getByRole("list", { name: "Uw herstelcodes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  return codes.allInnerTexts();
}

/**
 * Logs in through the form and waits for the overview: every login is a real, audited session. When the
 * portal asks for the second factor, the code is computed from the account's secret (the demo's, or the
 * one set up here); a CISO or beheerder without one sets it up, as the page asks.
 */
export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await submitLogin(page, email, password);
  await expect(page).toHaveURL(/\/(overzicht|inloggen\/tweede-factor)$/);
  if (page.url().endsWith("/overzicht")) return;
  if (await page.getByRole("heading", { level: 1, name: "Tweede factor instellen" }).isVisible()) {
    await enrolSecondFactor(page, email);
    await page.getByRole("button", { name: "Ik heb de codes bewaard" }).click();
  } else {
    await page.getByLabel("Code uit uw app").fill(await codeFor(page, email));
    await page.getByRole("button", { name: "Inloggen" }).click();
  }
  await expect(page).toHaveURL(/\/overzicht$/);
}

/** A fresh code for the account: from the secret set up in this worker, else the demo's. */
export const codeFor = (page: Page, email: string) => freshCode(page, email, totpSecrets.get(email) ?? DEMO_TOTP_SECRET);

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

/** Runs axe on the page as it is now; on failure, lists each rule with the elements it hit. */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const readable = violations.map((v) =>
    [
      `${v.id} (${v.impact ?? "onbekend"}): ${v.help}`,
      `  ${v.helpUrl}`,
      ...v.nodes.map((n) => `  - ${n.target.join(" ")}\n    ${(n.failureSummary ?? "").replace(/\n/g, "\n    ")}`),
    ].join("\n"),
  );
  expect(readable, `axe vond ${violations.length} toegankelijkheidsproblemen op ${page.url()}`).toEqual([]);
}
