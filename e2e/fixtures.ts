import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Voorbeeld-demo-2026";

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
  await page.getByRole("button", { name: "Inloggen" }).click();
}

/** Logs in through the form and waits for the overview: every login is a real, audited session. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await submitLogin(page, email, password);
  await expect(page).toHaveURL(/\/overzicht$/);
}

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
