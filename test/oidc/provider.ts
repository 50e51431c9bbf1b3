// A real OpenID provider (the oidc-provider package) on a loopback port, with test accounts and a login page
// of its own, for the integration tests and the end-to-end tests of sign-in through the identity provider.
// It can be told to mis-issue ID tokens (another audience or issuer, expired, another nonce), re-signed with
// its own key, so the portal's validation is tested against the real protocol and not against a mock.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";
import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from "jose";

export type TestAccount = { sub: string; email: string; name: string; password: string; roles?: string[]; groups?: string[] };

export const TEST_PASSWORD = "Testprovider-2026";

/** People known at the test provider; none of them has a portal account before their first login. */
export const TEST_ACCOUNTS: TestAccount[] = [
  { sub: "5f1c0e9a-0001", email: "fleur.sso@gemeente.example", name: "Fleur de Vries", password: TEST_PASSWORD, roles: ["Portaal.Griffie"] },
  { sub: "5f1c0e9a-0002", email: "joris.sso@gemeente.example", name: "Joris Bakker", password: TEST_PASSWORD, roles: ["Portaal.Medewerker"] },
  { sub: "5f1c0e9a-0003", email: "ciso@voorbeeld.nl", name: "Iemand met het adres van de CISO", password: TEST_PASSWORD },
];

export type TestClient = { clientId: string; clientSecret: string; redirectUris: string[]; postLogoutRedirectUris: string[] };
export type Tamper = (claims: Record<string, unknown>) => Record<string, unknown>;

export type TestProvider = {
  issuer: string;
  accounts: Map<string, TestAccount>;
  /** Changes the ID tokens the token endpoint hands out from now on; null stops it. */
  tamper(fn: Tamper | null): void;
  close(): Promise<void>;
};

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string) {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

export async function startTestProvider(options: { port?: number; host?: string; clients: TestClient[]; accounts?: TestAccount[] }): Promise<TestProvider> {
  const host = options.host ?? "127.0.0.1";
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const port = (server.address() as { port: number }).port;
  const issuer = `http://${host}:${port}`;
  const accounts = new Map((options.accounts ?? TEST_ACCOUNTS).map((a) => [a.sub, { ...a }]));

  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = randomUUID();
  const jwk = { ...(await exportJWK(privateKey)), kid, alg: "RS256", use: "sig" };
  let tamper: Tamper | null = null;

  const provider = new Provider(issuer, {
    clients: options.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      post_logout_redirect_uris: c.postLogoutRedirectUris,
      grant_types: ["authorization_code"],
      response_types: ["code"],
    })),
    jwks: { keys: [jwk] },
    cookies: { keys: [randomUUID()] },
    ttl: { AccessToken: 3600, AuthorizationCode: 60, IdToken: 3600, Interaction: 3600, Session: 86400, Grant: 86400 },
    // The claims of the requested scopes go into the ID token, as Entra ID does; app roles and groups with profile.
    conformIdTokenClaims: false,
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "preferred_username", "roles", "groups"] },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          ctx.body = page("Uitloggen bij de testprovider", `${form}<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Ja, uitloggen</button>`);
        },
      },
    },
    interactions: { url: (_ctx: KoaContextWithOIDC, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    // A first-party client: no consent screen, the grant is given at once.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const accountId = ctx.oidc.session?.accountId;
      const clientId = ctx.oidc.client?.clientId;
      if (!accountId || !clientId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
    findAccount: async (_ctx: KoaContextWithOIDC, id: string) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: async () => ({
          sub: id, email: account.email, email_verified: true, name: account.name, preferred_username: account.email,
          ...(account.roles ? { roles: account.roles } : {}), ...(account.groups ? { groups: account.groups } : {}),
        }),
      };
    },
  });

  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (tamper && ctx.path === "/token" && body?.id_token) {
      const claims = tamper({ ...decodeJwt(body.id_token) });
      body.id_token = await new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid, typ: "JWT" }).sign(privateKey);
    }
  });

  const callback = provider.callback();
  server.on("request", async (req: IncomingMessage, res: ServerResponse) => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url ?? "");
    if (!match) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (req.method === "POST" && match[2]) {
        const form = await readForm(req);
        const account = [...accounts.values()].find((a) => a.email === form.get("email") && a.password === form.get("password"));
        if (!account) {
          res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
          return res.end(page("Inloggen bij de testprovider", `<p role="alert">E-mailadres of wachtwoord klopt niet.</p>${loginForm(details.uid)}`));
        }
        return provider.interactionFinished(req, res, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(page("Inloggen bij de testprovider", loginForm(details.uid)));
    } catch (error) {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
      res.end(String(error));
    }
  });

  return {
    issuer,
    accounts,
    tamper: (fn) => {
      tamper = fn;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function loginForm(uid: string) {
  return `<form method="post" action="/interaction/${escape(uid)}/login">
<p><label for="email">E-mailadres</label> <input id="email" name="email" type="email" autocomplete="username"></p>
<p><label for="password">Wachtwoord</label> <input id="password" name="password" type="password" autocomplete="current-password"></p>
<button type="submit">Inloggen bij de testprovider</button></form>`;
}
