import { expect, test, type Locator, type Page } from "@playwright/test";
import { storageStateFor } from "./fixtures";

// What a newcomer's walk through the portal found (issue 5), each checked as the browser shows it.

const stamp = Date.now().toString(36);

type Rgba = [number, number, number, number];
const parseColour = (css: string): Rgba => {
  const [r, g, b, a = 1] = css.match(/[\d.]+/g)!.map(Number);
  return [r, g, b, a];
};
const luminance = ([r, g, b]: Rgba) => {
  const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};

/** The contrast of an element's text on its own background, or on the header's where it is see-through. */
async function contrastOf(element: Locator): Promise<number> {
  const { color, background, header } = await element.evaluate((el) => {
    const style = getComputedStyle(el);
    return { color: style.color, background: style.backgroundColor, header: getComputedStyle(el.closest("header")!).backgroundColor };
  });
  const bg = parseColour(background)[3] === 0 ? parseColour(header) : parseColour(background);
  const [lighter, darker] = [luminance(parseColour(color)), luminance(bg)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

async function expectReadableInEveryState(page: Page, button: Locator) {
  expect(await contrastOf(button), "in rust").toBeGreaterThanOrEqual(4.5);
  await button.hover();
  await expect.poll(() => contrastOf(button), { message: "onder de muis" }).toBeGreaterThanOrEqual(4.5);
  await page.mouse.move(0, 0);
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${page.url()} is breder dan het scherm`).toBeLessThanOrEqual(0);
}

test.describe("een nieuwe bezoeker", () => {
  test("the header's Inloggen button stays readable on hover, also after logging out", async ({ page }) => {
    for (const path of ["/", "/inloggen?uitgelogd=1", "/contact"]) {
      await page.goto(path);
      await expectReadableInEveryState(page, page.getByRole("banner").getByRole("link", { name: "Inloggen" }));
    }
  });

  test("at 320 px wide nothing needs sideways scrolling (WCAG 1.4.10)", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of ["/", "/toegankelijkheid", "/privacy", "/contact", "/open-data", "/inloggen"]) {
      await page.goto(path);
      await expectNoHorizontalScroll(page);
    }
  });

  test("public crumbs are Dutch and the statements are true", async ({ page }) => {
    for (const path of ["/toegankelijkheid", "/privacy", "/contact", "/open-data"]) {
      await page.goto(path);
      const crumbs = page.getByRole("navigation", { name: "Kruimelpad" });
      await expect(crumbs.getByRole("link", { name: "Startpagina" })).toBeVisible();
      await expect(crumbs).not.toContainText("Home");
    }
    await page.goto("/contact");
    await expect(page.getByText("Een uitzondering aanvragen kan nog niet in dit portaal")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Log dan in" })).toHaveCount(0);
  });

  test("an invalid activation link says so in the page title", async ({ page }) => {
    await page.goto(`/activeren/${"x".repeat(43)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze link werkt niet");
    await expect(page).toHaveTitle(/^Deze link werkt niet \|/);
  });
});

test.describe("de CISO", () => {
  test.use({ storageState: storageStateFor("ciso") });

  test("the Uitloggen button stays readable on hover", async ({ page }) => {
    await page.goto("/overzicht");
    await expectReadableInEveryState(page, page.getByRole("banner").getByRole("button", { name: "Uitloggen" }));
  });

  test("portal pages have breadcrumbs and reflow at 320 px", async ({ page }) => {
    await page.goto("/overzicht");
    await expect(page.getByRole("navigation", { name: "Kruimelpad" })).toContainText("Overzicht");
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of ["/overzicht", "/lijsten", "/lijsten/apps/nieuw", "/lijsten/publiceren"]) {
      await page.goto(path);
      await expectNoHorizontalScroll(page);
    }
  });

  test("an unknown app is titled 'App niet gevonden', a known one by its name", async ({ page }) => {
    await page.goto("/lijsten/apps/999999");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
    await expect(page).toHaveTitle(/^App niet gevonden \|/);
    await page.goto("/lijsten/apps/1");
    await expect(page).toHaveTitle(/^TikTok \|/);
  });

  test("a duplicate app name marks the name field with a specific message", async ({ page }) => {
    await page.goto("/lijsten/apps/nieuw");
    await page.getByLabel("Naam van de app").fill("KWAI");
    await page.getByLabel("Leverancier", { exact: true }).selectOption({ label: "Kuaishou (China)" });
    await page.getByLabel("Categorie").fill("Video");
    await page.getByRole("button", { name: "App toevoegen aan het concept" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Deze app staat al in het concept." });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link")).toHaveText(/Deze leverancier heeft al een app met deze naam/);
    await expect(page.getByLabel("Naam van de app")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Naam van de app")).toHaveValue("KWAI");
  });

  test("the error summary lists the errors in the order of the fields", async ({ page }) => {
    await page.goto("/lijsten/apps/nieuw");
    await page.getByLabel("Android-pakketnaam").fill("com..fout");
    await page.getByRole("button", { name: "App toevoegen aan het concept" }).click();
    const links = page.getByRole("alert").filter({ hasText: "Controleer de gemarkeerde velden" }).getByRole("link");
    await expect(links.first()).toBeVisible();
    const targets = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!.slice(1)));
    const fieldOrder = await page.locator("form [id^='veld-']").evaluateAll((els) => els.map((el) => el.id));
    expect(targets.length).toBeGreaterThanOrEqual(3);
    expect(targets).toEqual(fieldOrder.filter((id) => targets.includes(id)));
  });

  test("a review date in the past is refused", async ({ page }) => {
    await page.goto("/lijsten/landen");
    await page.getByRole("link", { name: "China" }).click();
    await page.getByLabel("Volgende beoordeling").fill("2020-01-01");
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByText("De volgende beoordeling moet vandaag of later zijn.").first()).toBeVisible();
    await expect(page.getByLabel("Volgende beoordeling")).toHaveValue("2020-01-01");
  });

  test("an earlier 'saved' message is gone once a form shows a new error", async ({ page }) => {
    const vendor = `Meldingtest ${stamp}`;
    await page.goto("/lijsten/leveranciers/nieuw");
    await page.getByLabel("Naam").fill(vendor);
    await page.getByLabel("Land van zeggenschap").selectOption({ label: "China (CN)" });
    await page.getByRole("button", { name: "Leverancier toevoegen" }).click();
    const saved = page.getByRole("status").filter({ hasText: `Leverancier ${vendor} is toegevoegd.` });
    await expect(saved).toBeVisible();

    // On to another form through the menu: the layout stays, the old message must not.
    await page.getByRole("link", { name: vendor }).click();
    await expect(page.getByRole("heading", { level: 1, name: vendor })).toBeVisible();
    await expect(saved).toHaveCount(0);
  });
});

test.describe("publiceren (CISO)", () => {
  test.use({ storageState: storageStateFor("ciso") });

  test("the confirmation step shows the changes; counts and dates read as Dutch everywhere after publishing", async ({ page }) => {
    const appName = `Nieuwkomer ${stamp}`;
    await page.goto("/lijsten/apps/nieuw");
    await page.getByLabel("Naam van de app").fill(appName);
    await page.getByLabel("Leverancier", { exact: true }).selectOption({ label: "Tencent (China)" });
    await page.getByLabel("Categorie").fill("Berichten");
    await page.getByRole("button", { name: "App toevoegen aan het concept" }).click();
    await expect(page).toHaveURL(/\/lijsten\/apps$/);

    await page.goto("/lijsten/landen");
    await page.getByRole("link", { name: "China" }).click();
    const before = await page.getByLabel("Volgende beoordeling").inputValue();
    await page.getByLabel("Volgende beoordeling").fill("2031-09-01");
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page).toHaveURL(/\/lijsten\/landen$/);

    await page.goto("/lijsten/publiceren");
    const review = /volgende beoordeling: \d{1,2} [a-z]+ \d{4} → 1 september 2031/;
    await expect(page.getByText(review)).toBeVisible();
    await expect(page.getByText(`${appName} (Tencent)`)).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText(before);
    const button = page.getByRole("button", { name: /Publiceer lijstversie \d+/ });
    const version = Number((await button.textContent())!.match(/\d+/)![0]);
    await page.getByLabel("Toelichting bij deze versie").fill(`Nieuwe app en beoordeling van China (${stamp}).`);
    await page.getByLabel(`Ja, publiceer versie ${version}`).check();
    await button.click();
    await expect(page).toHaveURL(new RegExp(`/lijsten/versies/${version}$`));

    await page.goto("/lijsten/versies");
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `Versie ${version}`, exact: true }) });
    await expect(row).toContainText("1 app toegevoegd, 0 verwijderd, 0 gewijzigd");

    await page.goto(`/lijsten/versies/vergelijken?van=${version - 1}&naar=${version}`);
    await expect(page.getByText(review)).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText("2031-09-01");

    await page.goto("/");
    await page.getByText("Toon de wijzigingen ten opzichte van de vorige versie").click();
    await expect(page.getByText(review)).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText("2031-09-01");
  });
});

test.describe("de beheerder", () => {
  test.use({ storageState: storageStateFor("beheerder") });

  test("user and organisation pages have breadcrumbs", async ({ page }) => {
    for (const path of ["/beheer/gebruikers", "/beheer/organisatie", "/overzicht"]) {
      await page.goto(path);
      await expect(page.getByRole("navigation", { name: "Kruimelpad" })).toBeVisible();
    }
  });

  test("unknown users and departments say so in the page title", async ({ page }) => {
    await page.goto("/beheer/gebruikers/00000000-0000-4000-8000-000000000000");
    await expect(page).toHaveTitle(/^Gebruiker niet gevonden \|/);
    await page.goto("/beheer/organisatie/afdelingen/999999");
    await expect(page).toHaveTitle(/^Afdeling niet gevonden \|/);
  });

  test("'opgeslagen' does not stay next to a new error on the same page, and shows again after the next save", async ({ page }) => {
    await page.goto("/beheer/organisatie");
    await page.getByRole("button", { name: "Gegevens opslaan" }).click();
    const saved = page.getByRole("status").filter({ hasText: "De gegevens van de organisatie zijn opgeslagen." });
    await expect(saved).toBeVisible();

    await page.getByRole("button", { name: "Afdeling toevoegen" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Controleer de gemarkeerde velden" })).toBeVisible();
    await expect(saved).toHaveCount(0);

    await page.getByRole("button", { name: "Gegevens opslaan" }).click();
    await expect(saved).toBeVisible();
  });
});
