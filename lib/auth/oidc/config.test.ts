import { describe, expect, it } from "vitest";
import { oidcConfig, oidcIssuerOrigin, passwordLoginEnabled } from "./config";
import { loginErrorMessage } from "./messages";
import { claimValues, personFromClaims } from "./claims";

// Only the variables under test; NODE_ENV does not matter here.
const env = (values: Record<string, string> = {}) => values as NodeJS.ProcessEnv;
const provider = { AUTH_OIDC_ISSUER: "https://login.microsoftonline.com/tenant/v2.0", AUTH_OIDC_CLIENT_ID: "id", AUTH_OIDC_CLIENT_SECRET: "geheim" };

describe("configuration from the environment", () => {
  it("needs issuer, client id and secret; name and roles claim have defaults", () => {
    expect(oidcConfig(env({}))).toBeNull();
    expect(oidcConfig(env({ ...provider, AUTH_OIDC_CLIENT_SECRET: " " }))).toBeNull();
    expect(oidcConfig(env(provider))).toMatchObject({ name: "uw organisatieaccount", rolesClaim: "roles" });
    expect(oidcConfig(env({ ...provider, AUTH_OIDC_NAME: "Gemeente Voorbeeld", AUTH_OIDC_ROLES_CLAIM: "groups" }))).toMatchObject({ name: "Gemeente Voorbeeld", rolesClaim: "groups" });
    expect(oidcIssuerOrigin(env(provider))).toBe("https://login.microsoftonline.com");
    expect(oidcIssuerOrigin(env({}))).toBeNull();
  });

  it("switches the password login off only when the identity provider is there to replace it", () => {
    expect(passwordLoginEnabled(env({}))).toBe(true);
    expect(passwordLoginEnabled(env({ AUTH_PASSWORD_LOGIN: "off" }))).toBe(true);
    expect(passwordLoginEnabled(env({ ...provider, AUTH_PASSWORD_LOGIN: "off" }))).toBe(false);
    expect(passwordLoginEnabled(env({ ...provider, AUTH_PASSWORD_LOGIN: "on" }))).toBe(true);
  });
});

describe("claims", () => {
  it("reads app roles as an array or a single string, and nothing else", () => {
    expect(claimValues({ roles: ["a", "b", "a", 3] }, "roles")).toEqual(["a", "b"]);
    expect(claimValues({ groups: "g1" }, "groups")).toEqual(["g1"]);
    expect(claimValues({ roles: { toString: "x" } }, "roles")).toEqual([]);
    expect(claimValues({}, "__proto__")).toEqual([]);
  });

  it("builds a name from given and family name when there is no name claim", () => {
    expect(personFromClaims({ given_name: "An", family_name: "Jansen", email: "An@X.nl" })).toEqual({ name: "An Jansen", email: "an@x.nl" });
  });
});

describe("messages on the login page", () => {
  it("explains every code in Dutch, unknown ones too", () => {
    for (const code of ["AccountPending", "AccountDeactivated", "EmailInUse", "ProfileIncomplete", "OAuthCallbackError", "AccessDenied", "Configuration", "ProviderUnavailable", "iets-anders"]) {
      expect(loginErrorMessage(code)).toMatch(/\b(uw|u|Uw|U|Het|De|Er|Inloggen)\b/);
    }
    expect(loginErrorMessage("AccountPending")).toContain("Uw account wacht op goedkeuring door een beheerder.");
    expect(loginErrorMessage(undefined)).toBeNull();
    expect(loginErrorMessage("toString")).toContain("Inloggen is niet gelukt.");
  });
});
