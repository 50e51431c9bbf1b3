// A test OpenID provider for the end-to-end tests (and for trying sign-in through an identity provider
// locally): `npx tsx scripts/test-oidc-provider.ts`. Test accounts and password: test/oidc/provider.ts.
import { startTestProvider, TEST_ACCOUNTS, TEST_PASSWORD } from "../test/oidc/provider";

const port = Number(process.env.OIDC_TEST_PORT ?? 3101);
const portal = process.env.OIDC_TEST_PORTAL ?? "http://localhost:3100";

const idp = await startTestProvider({
  port,
  clients: [
    {
      clientId: process.env.OIDC_TEST_CLIENT_ID ?? "portaal-e2e",
      clientSecret: process.env.OIDC_TEST_CLIENT_SECRET ?? "portaal-e2e-geheim",
      redirectUris: [`${portal}/api/auth/callback/oidc`],
      postLogoutRedirectUris: [`${portal}/inloggen?uitgelogd=1`],
    },
  ],
});
console.log(`Testprovider voor OpenID Connect op ${idp.issuer} (portaal ${portal}); accounts: ${TEST_ACCOUNTS.map((a) => a.email).join(", ")}, wachtwoord ${TEST_PASSWORD}`);
