import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { DEMO_PASSWORD, demoPeople } from "@/db/seed/demo-people";

export const ROLES = ["medewerker", "raadslid", "griffie", "beheerder", "ciso"] as const;
export type Role = (typeof ROLES)[number];

/** The demo account of a role: the first demo person who has it (ciso@, beheerder@, … as in e2e/fixtures.ts). */
const accountFor = (role: Role) => demoPeople.find((p) => p.email === `${role}@voorbeeld.nl`)?.email ?? demoPeople.find((p) => p.roles.includes(role))!.email;

/**
 * The demo TOTP secret, when the seed gives the demo accounts a second factor: a base32 constant whose name
 * mentions TOTP or the second factor, in db/seed/ or lib/demo/. Null while there is none.
 */
export function demoTotpSecret(projectRoot: string): string | null {
  for (const folder of ["db/seed", "lib/demo"]) {
    for (const name of readdirSync(path.join(projectRoot, folder)).filter((n) => n.endsWith(".ts"))) {
      const match = /(?:TOTP|SECOND_FACTOR)\w*\s*(?::\s*\w+\s*)?=\s*["'`]([A-Z2-7]{16,})["'`]/.exec(readFileSync(path.join(projectRoot, folder, name), "utf8"));
      if (match) return match[1];
    }
  }
  return null;
}

/**
 * Signs in through the real form in headless Chromium, as a person would (a second factor too, when asked),
 * and hands back the Cookie header of the session.
 */
export async function loginCookies(baseUrl: string, roles: readonly Role[], totpSecret: string | null): Promise<Map<Role, string>> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const cookies = new Map<Role, string>();
  try {
    for (const role of roles) {
      const context = await browser.newContext({ baseURL: baseUrl, locale: "nl-NL" });
      const page = await context.newPage();
      await page.goto("/inloggen");
      await page.getByLabel("E-mailadres", { exact: true }).fill(accountFor(role));
      await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Inloggen", exact: true }).click();
      // As e2e/fixtures.ts login(): the overview, or the second-factor step (to fill in, or to set up).
      await page.waitForURL(/\/(overzicht|inloggen\/tweede-factor)$/, { timeout: 60_000 });
      if (!page.url().endsWith("/overzicht")) {
        const code = (secret: string) => new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate();
        if (await page.getByRole("heading", { level: 1, name: "Tweede factor instellen" }).isVisible()) {
          const secret = (await page.getByLabel("Sleutel om in te typen").innerText()).replace(/\s/g, "");
          await page.getByLabel("Code uit uw app").fill(code(secret));
          await page.getByRole("button", { name: "Tweede factor bevestigen" }).click();
          await page.getByRole("button", { name: "Ik heb de codes bewaard" }).click();
        } else {
          if (!totpSecret) throw new Error(`${role}: het portaal vraagt een tweede factor, maar de demogegevens hebben geen TOTP-geheim`);
          await page.getByLabel("Code uit uw app").fill(code(totpSecret));
          await page.getByRole("button", { name: "Inloggen", exact: true }).click();
        }
        await page.waitForURL(/\/overzicht$/, { timeout: 60_000 });
      }
      const jar = await context.cookies();
      cookies.set(role, jar.map((c) => `${c.name}=${c.value}`).join("; "));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return cookies;
}
