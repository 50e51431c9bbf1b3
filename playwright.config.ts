import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;

// Debian's chromium: Playwright cannot download its own browser on these machines.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
};

// A real OpenID provider (test/oidc/provider.ts) for sign-in through the identity provider, on 127.0.0.1 so its
// cookies stay apart from the portal's on localhost. The password login stays on: the other specs use it.
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? port + 1);
const oidcIssuer = `http://127.0.0.1:${oidcPort}`;
const oidc = { AUTH_OIDC_ISSUER: oidcIssuer, AUTH_OIDC_CLIENT_ID: "portaal-e2e", AUTH_OIDC_CLIENT_SECRET: "portaal-e2e-geheim" };
const oidcServer = {
  command: "npx tsx scripts/test-oidc-provider.ts",
  env: { OIDC_TEST_PORT: String(oidcPort), OIDC_TEST_PORTAL: baseURL, OIDC_TEST_CLIENT_ID: oidc.AUTH_OIDC_CLIENT_ID, OIDC_TEST_CLIENT_SECRET: oidc.AUTH_OIDC_CLIENT_SECRET },
  url: `${oidcIssuer}/.well-known/openid-configuration`,
  timeout: 60_000,
  reuseExistingServer: false,
  stdout: "pipe" as const,
};

// The real start path (build if needed, migrate, seed) on a database folder of its own.
const pgliteServer = {
  command: "node -e \"require('fs').rmSync('.data-e2e',{recursive:true,force:true})\" && node scripts/start.mjs",
  env: { PORT: String(port), DATA_DIR: ".data-e2e", DATABASE_URL: "", ...oidc },
};

// As an installation on PostgreSQL runs: an empty database, `npm run db:seed`, then the server with its own secrets
// (fixed test values: this database holds only demo data).
const postgresServer = (databaseUrl: string) => ({
  command: "node scripts/e2e-database.mjs && npm run --silent db:seed && node scripts/start.mjs",
  env: {
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "e2e-only-auth-secret-0123456789abcdef0123456789",
    AUDIT_CHECKPOINT_KEY: "e2e-only-audit-checkpoint-key-0123456789abcdef",
    ...oidc,
  },
});

const server = process.env.E2E_DATABASE_URL ? postgresServer(process.env.E2E_DATABASE_URL) : pgliteServer;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: { baseURL, locale: "nl-NL", timezoneId: "Europe/Amsterdam", trace: "retain-on-failure", launchOptions },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/, use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "chromium", dependencies: ["setup"], testIgnore: /.*\.setup\.ts/, use: { ...devices["Desktop Chrome"], launchOptions } },
  ],
  webServer: [
    oidcServer,
    {
      ...server,
      url: `${baseURL}/inloggen`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
  ],
});
