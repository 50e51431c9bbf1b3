import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import type { Db } from "@/db/client";
import { externalIdentities, userSessions, users } from "@/db/schema";
import { seededDb, testDatabases } from "@/test/databases";
import { loginErrorMessage } from "@/lib/auth/oidc/messages";
import { startTestProvider, TEST_PASSWORD, type TestProvider } from "./provider";

// next-auth reads its secret and this module reads the provider when they load: set before the dynamic import below.
vi.hoisted(() => {
  process.env.AUTH_SECRET = "test-secret-for-the-oidc-round-trip-0123456789";
});
// The signIn callback reads the request's headers; outside Next there is no request scope.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "Mozilla/5.0 Firefox/140.0" }) }));

const PORTAL = "http://portaal.test";
type Handler = (request: NextRequest) => Promise<Response>;

/** A browser's cookies for one site, enough for this round trip. */
class Jar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const i = pair.indexOf("=");
      const [name, value] = [pair.slice(0, i).trim(), pair.slice(i + 1)];
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  copy() {
    const jar = new Jar();
    jar.cookies = new Map(this.cookies);
    return jar;
  }
}

describe.each(testDatabases)("inloggen via een echte OpenID-provider op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let idp: TestProvider;
  let GET: Handler;
  let POST: Handler;
  const saved = { db: (globalThis as { portalDb?: Db }).portalDb, env: { ...process.env } };
  const logged: unknown[] = [];

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    (globalThis as { portalDb?: Db }).portalDb = db;
    idp = await startTestProvider({
      clients: [{ clientId: "portaal", clientSecret: "portaal-testgeheim", redirectUris: [`${PORTAL}/api/auth/callback/oidc`], postLogoutRedirectUris: [`${PORTAL}/inloggen?uitgelogd=1`] }],
    });
    Object.assign(process.env, { AUTH_OIDC_ISSUER: idp.issuer, AUTH_OIDC_CLIENT_ID: "portaal", AUTH_OIDC_CLIENT_SECRET: "portaal-testgeheim" });
    vi.resetModules();
    ({ GET, POST } = (await import("@/app/api/auth/[...nextauth]/route")) as unknown as { GET: Handler; POST: Handler });
    vi.spyOn(console, "error").mockImplementation((error) => void logged.push(error));
  });
  afterEach(() => {
    idp.tamper(null);
    logged.length = 0;
    vi.useRealTimers();
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    process.env = saved.env;
    (globalThis as { portalDb?: Db }).portalDb = saved.db;
    await idp.close();
    await close();
  });

  const portal = (handler: Handler, path: string, jar: Jar, init: { method?: string; body?: URLSearchParams } = {}) =>
    handler(new NextRequest(`${PORTAL}${path}`, { method: init.method ?? "GET", body: init.body, headers: { cookie: jar.header(), ...(init.body ? { "content-type": "application/x-www-form-urlencoded" } : {}) } }));

  /** Click the button: the portal sends the browser to the provider, with state, nonce and PKCE in its cookies. */
  async function start(portalJar: Jar) {
    const csrf = await portal(GET, "/api/auth/csrf", portalJar);
    portalJar.take(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const signin = await portal(POST, "/api/auth/signin/oidc", portalJar, { method: "POST", body: new URLSearchParams({ csrfToken, callbackUrl: "/overzicht" }) });
    portalJar.take(signin);
    const location = signin.headers.get("location") ?? "";
    expect(location.startsWith(`${idp.issuer}/auth?`)).toBe(true);
    const authorize = new URL(location);
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("state")).toBeTruthy();
    expect(authorize.searchParams.get("nonce")).toBeTruthy();
    return location;
  }

  /** At the provider: sign in when it asks, follow its redirects until it sends the browser back to the portal. */
  async function atProvider(location: string, idpJar: Jar, who: { email: string; password: string }) {
    let next = location;
    let method = "GET";
    let body: URLSearchParams | undefined;
    for (let hop = 0; hop < 10; hop++) {
      if (next.startsWith(PORTAL)) return next;
      const response = await fetch(new URL(next, idp.issuer), { method, body, redirect: "manual", headers: { cookie: idpJar.header(), ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}) } });
      idpJar.take(response);
      [method, body] = ["GET", undefined];
      if (response.status === 200 && /\/interaction\//.test(next)) {
        method = "POST";
        body = new URLSearchParams(who);
        next = `${new URL(next, idp.issuer).pathname}/login`;
        continue;
      }
      next = response.headers.get("location") ?? "";
      if (!next) throw new Error(`the provider stopped at ${response.status}: ${await response.text()}`);
    }
    throw new Error("too many redirects at the provider");
  }

  async function callback(callbackUrl: string, portalJar: Jar) {
    const response = await portal(GET, new URL(callbackUrl).pathname + new URL(callbackUrl).search, portalJar);
    portalJar.take(response);
    return new URL(response.headers.get("location") ?? "", PORTAL);
  }

  async function login(email: string, jars = { portal: new Jar(), idp: new Jar() }) {
    const callbackUrl = await atProvider(await start(jars.portal), jars.idp, { email, password: TEST_PASSWORD });
    return { landed: await callback(callbackUrl, jars.portal), callbackUrl, jars };
  }

  const accountOf = async (sub: string) =>
    (await db.select({ user: users, identity: externalIdentities }).from(externalIdentities).innerJoin(users, eq(users.id, externalIdentities.userId))
      .where(and(eq(externalIdentities.issuer, idp.issuer), eq(externalIdentities.subject, sub))))[0];
  const sessionsOf = (userId: string) => db.select().from(userSessions).where(eq(userSessions.userId, userId));
  const errorOf = (landed: URL) => {
    expect(landed.pathname).toBe("/inloggen");
    const code = landed.searchParams.get("error");
    expect(loginErrorMessage(code)).toMatch(/^[A-Z].* (niet|wacht|geen|afgebroken)/);
    return code;
  };

  it("first login waits; after approval the same person gets a session with the approved roles and the provider's ID token", async () => {
    const fleur = [...idp.accounts.values()].find((a) => a.name === "Fleur de Vries")!;
    const first = await login(fleur.email);
    expect(errorOf(first.landed)).toBe("AccountPending");
    expect(loginErrorMessage("AccountPending")).toContain("Uw account wacht op goedkeuring door een beheerder.");
    const { user } = await accountOf(fleur.sub);
    expect(user).toMatchObject({ awaitingApproval: true, roles: [], email: fleur.email });
    expect(first.jars.portal.header()).not.toContain("authjs.session-token");

    await db.update(users).set({ awaitingApproval: false, roles: ["griffie"] }).where(eq(users.id, user.id));
    // The provider still knows the browser: no password this time.
    const second = await login(fleur.email, first.jars);
    expect(second.landed.pathname).toBe("/overzicht");
    expect(second.jars.portal.header()).toContain("authjs.session-token=");
    const [session] = await sessionsOf(user.id);
    expect(session).toMatchObject({ providerIssuer: idp.issuer, endedAt: null });
    expect(session.providerIdToken?.split(".")).toHaveLength(3);
    const me = await portal(GET, "/api/auth/session", second.jars.portal);
    expect(await me.json()).toMatchObject({ expires: expect.any(String) });
  });

  it("a changed e-mail address at the provider keeps the same account", async () => {
    const joris = [...idp.accounts.values()].find((a) => a.name === "Joris Bakker")!;
    await login(joris.email);
    const { user } = await accountOf(joris.sub);
    await db.update(users).set({ awaitingApproval: false, roles: ["medewerker"] }).where(eq(users.id, user.id));
    joris.email = "joris.bakker@nieuwe-gemeente.example";
    const { landed } = await login(joris.email);
    expect(landed.pathname).toBe("/overzicht");
    const after = await accountOf(joris.sub);
    expect(after.user.id).toBe(user.id);
    expect(after.identity.email).toBe("joris.bakker@nieuwe-gemeente.example");
  });

  it("someone at the provider with the e-mail address of a portal account is not linked to it", async () => {
    const { landed } = await login("ciso@voorbeeld.nl");
    expect(errorOf(landed)).toBe("EmailInUse");
    expect(await accountOf("5f1c0e9a-0003")).toBeUndefined();
  });

  describe("ID tokens the portal must refuse, issued by the real provider and re-signed with its key", () => {
    const cases: [string, (claims: Record<string, unknown>) => Record<string, unknown>, RegExp][] = [
      ["another audience", (c) => ({ ...c, aud: "een-ander-portaal" }), /"aud" \(audience\)/],
      ["another issuer", (c) => ({ ...c, iss: "https://nep-provider.example" }), /"iss" \(issuer\)/],
      ["an expired token", (c) => ({ ...c, iat: Number(c.iat) - 7200, exp: Number(c.iat) - 3600 }), /"exp" \(expiration time\)/],
      ["another nonce", (c) => ({ ...c, nonce: "vervalst" }), /"nonce" claim/],
    ];
    for (const [name, change, cause] of cases) {
      it(`${name}: refused with the Dutch message, no session`, async () => {
        const fleur = [...idp.accounts.values()].find((a) => a.name === "Fleur de Vries")!;
        const { user } = await accountOf(fleur.sub);
        const before = (await sessionsOf(user.id)).length;
        idp.tamper(change);
        const { landed, jars } = await login(fleur.email);
        expect(errorOf(landed)).toBe("Configuration");
        expect(jars.portal.header()).not.toContain("authjs.session-token");
        expect(await sessionsOf(user.id)).toHaveLength(before);
        expect(logged.map((e) => String((e as { cause?: { err?: Error } })?.cause?.err?.message ?? e)).join("\n")).toMatch(cause);
      });
    }
  });

  it("a replayed callback is refused: without the one-time cookies, and with them (the code is spent)", async () => {
    const fleur = [...idp.accounts.values()].find((a) => a.name === "Fleur de Vries")!;
    const jars = { portal: new Jar(), idp: new Jar() };
    const callbackUrl = await atProvider(await start(jars.portal), jars.idp, { email: fleur.email, password: TEST_PASSWORD });
    const keptByAttacker = jars.portal.copy();
    expect((await callback(callbackUrl, jars.portal)).pathname).toBe("/overzicht");
    const { user } = await accountOf(fleur.sub);
    const before = (await sessionsOf(user.id)).length;

    const again = new Jar();
    expect(errorOf(await callback(callbackUrl, again))).toBe("Configuration");
    expect(String(logged.at(-1))).toMatch(/InvalidCheck: state cookie was missing|state value could not be parsed/);
    expect(errorOf(await callback(callbackUrl, keptByAttacker))).toBe("Configuration");
    // The state still checks out with the kept cookies; the provider refuses the spent code.
    expect((logged.at(-1) as { cause?: { err?: { error?: string } } })?.cause?.err?.error).toBe("invalid_grant");
    expect(await sessionsOf(user.id)).toHaveLength(before);
  });

  it("an expired state (the round trip took longer than 15 minutes) is refused", async () => {
    const fleur = [...idp.accounts.values()].find((a) => a.name === "Fleur de Vries")!;
    const jars = { portal: new Jar(), idp: new Jar() };
    const callbackUrl = await atProvider(await start(jars.portal), jars.idp, { email: fleur.email, password: TEST_PASSWORD });
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 16 * 60_000 });
    expect(errorOf(await callback(callbackUrl, jars.portal))).toBe("Configuration");
    expect(String(logged.at(-1))).toMatch(/InvalidCheck: \w+ value could not be parsed/);
  });

  it("logout: the provider's end-session URL from discovery ends the provider's session too, so the next login asks for the password", async () => {
    const { providerLogoutUrl } = await import("@/lib/auth/oidc/logout");
    const fleur = [...idp.accounts.values()].find((a) => a.name === "Fleur de Vries")!;
    const { landed, jars } = await login(fleur.email);
    expect(landed.pathname).toBe("/overzicht");
    const { user } = await accountOf(fleur.sub);
    const [session] = (await sessionsOf(user.id)).filter((s) => s.providerIdToken).slice(-1);
    const logoutUrl = new URL((await providerLogoutUrl({ issuer: session.providerIssuer, idToken: session.providerIdToken }, PORTAL))!);
    expect(logoutUrl.origin).toBe(new URL(idp.issuer).origin);
    expect(logoutUrl.searchParams.get("id_token_hint")).toBe(session.providerIdToken);
    expect(logoutUrl.searchParams.get("post_logout_redirect_uri")).toBe(`${PORTAL}/inloggen?uitgelogd=1`);
    // Another issuer (an old session after a change of provider) gets no redirect.
    expect(await providerLogoutUrl({ issuer: "https://elders.example/", idToken: "x" }, PORTAL)).toBeNull();

    const confirm = await fetch(logoutUrl, { headers: { cookie: jars.idp.header() } });
    jars.idp.take(confirm);
    const html = await confirm.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)![1];
    const fields = new URLSearchParams([...html.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    fields.set("logout", "yes");
    const done = await fetch(new URL(action, idp.issuer), { method: "POST", body: fields, redirect: "manual", headers: { cookie: jars.idp.header(), "content-type": "application/x-www-form-urlencoded" } });
    jars.idp.take(done);
    expect(done.headers.get("location")).toBe(`${PORTAL}/inloggen?uitgelogd=1`);

    // Signing in again: the provider shows its login page instead of sending the browser straight back.
    const location = await start(new Jar());
    const authorize = await fetch(location, { redirect: "manual", headers: { cookie: jars.idp.header() } });
    expect(authorize.headers.get("location")).toMatch(/\/interaction\//);
  });

  it("a person who cancels at the provider comes back to the login page with the Dutch message", async () => {
    const jars = { portal: new Jar(), idp: new Jar() };
    const location = new URL(await start(jars.portal));
    const state = location.searchParams.get("state")!;
    const landed = await callback(`${PORTAL}/api/auth/callback/oidc?error=access_denied&state=${state}&iss=${encodeURIComponent(idp.issuer)}`, jars.portal);
    expect(errorOf(landed)).toBe("OAuthCallbackError");
  });
});
