import { expect, test } from "@playwright/test";
import { DEMO_NAMES, expectNoAxeViolations, storageStateFor, type DemoRole } from "./fixtures";

// Each role gets its own start page and menu; nobody sees what their role may not use.
const council = ["Memo's", "Raadsvragen", "Collegebesluiten", "Zoeken"];
const menus: Record<DemoRole, string[]> = {
  ciso: ["Overzicht", "Beleid", "Mijn uitzonderingen", ...council, "Landen en apps", "Beleidsversies", "Apparaten", "Communicatiekanalen", "Uitzonderingen beoordelen", "Auditlog"],
  beheerder: ["Overzicht", "Beleid", "Mijn uitzonderingen", ...council, "Gebruikers", "Goedkeuringen", "Aanmeldingen", "Organisatie", "Verzonden berichten"],
  griffie: ["Overzicht", "Beleid", "Mijn uitzonderingen", ...council, "Communicatiekanalen"],
  raadslid: ["Overzicht", "Beleid", "Mijn uitzonderingen", ...council],
  medewerker: ["Overzicht", "Beleid", "Mijn uitzonderingen", ...council],
};

for (const role of Object.keys(menus) as DemoRole[]) {
  test.describe(`startpagina voor ${role}`, () => {
    test.use({ storageState: storageStateFor(role) });

    test("shows the current list, the menu of the role, and passes axe", async ({ page }) => {
      await page.goto("/overzicht");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welkom, ${DEMO_NAMES[role]}`);
      await expect(page.getByRole("heading", { name: "De lijst die nu geldt" })).toBeVisible();
      const menu = page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link");
      await expect(menu).toHaveText(menus[role]);
      // Only the CISO sees the acknowledgement figures and the waiting exemption requests on the start page.
      await expect(page.getByRole("heading", { name: "Beleid en uitzonderingen" })).toHaveCount(role === "ciso" ? 1 : 0);
      if (role === "ciso") await expect(page.getByText(/van \d+ mensen hebben kennisgenomen/)).toBeVisible();
      // The open raadsvragen: for the griffie and the CISO (who answers them); a raadslid gets the memos for them.
      await expect(page.getByRole("heading", { name: "Openstaande raadsvragen" })).toHaveCount(role === "ciso" || role === "griffie" ? 1 : 0);
      await expect(page.getByRole("heading", { name: "Memo's voor u" })).toHaveCount(role === "raadslid" ? 1 : 0);
      await expectNoAxeViolations(page);
    });
  });
}

test.describe("foutpagina's", () => {
  test.use({ storageState: storageStateFor("raadslid") });

  test("403 and 404 are clear Dutch pages that pass axe; the refused visit is logged", async ({ page, browser }) => {
    await page.goto("/lijsten/versies");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
    await expectNoAxeViolations(page);
    const ciso = await browser.newContext({ storageState: storageStateFor("ciso") });
    const auditPage = await ciso.newPage();
    await auditPage.goto("/auditlog?resultaat=geweigerd");
    await expect(auditPage.getByRole("row").filter({ hasText: DEMO_NAMES.raadslid }).filter({ hasText: "Pagina geopend" }).first()).toBeVisible();
    await ciso.close();
    const response = await page.goto("/bestaat-niet");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
    await expectNoAxeViolations(page);
  });
});
