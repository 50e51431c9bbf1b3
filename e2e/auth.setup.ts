import { test as setup } from "@playwright/test";
import { DEMO, login, storageStateFor, type DemoRole } from "./fixtures";

// One session per role, reused by the specs. Specs that log out must log in themselves:
// logging out ends the server-side session, and with it every copy of these cookies.
for (const role of Object.keys(DEMO) as DemoRole[]) {
  setup(`inloggen als ${role}`, async ({ page }) => {
    await login(page, DEMO[role]);
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
