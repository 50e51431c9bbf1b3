// The identity provider (OpenID Connect) and the password login, as this installation configures them.
// Read from the environment on every call, so tests and a restarted server see the current values.

export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** How the login button names the account: "Inloggen met <name>". */
  name: string;
  /** The ID-token claim with the provider's app roles or groups: "roles" (Entra app roles) or "groups". */
  rolesClaim: string;
};

export const DEFAULT_OIDC_NAME = "uw organisatieaccount";

/** The provider's settings, or null when sign-in through an identity provider is not configured. */
export function oidcConfig(env: NodeJS.ProcessEnv = process.env): OidcConfig | null {
  const issuer = env.AUTH_OIDC_ISSUER?.trim();
  const clientId = env.AUTH_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.AUTH_OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer,
    clientId,
    clientSecret,
    name: env.AUTH_OIDC_NAME?.trim() || DEFAULT_OIDC_NAME,
    rolesClaim: env.AUTH_OIDC_ROLES_CLAIM?.trim() || "roles",
  };
}

/**
 * AUTH_PASSWORD_LOGIN=off switches the password login off, but only when the identity provider is configured:
 * an installation without any way in would lock everyone out, the beheerder included.
 */
export function passwordLoginEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const off = ["off", "uit", "false", "0"].includes(env.AUTH_PASSWORD_LOGIN?.trim().toLowerCase() ?? "");
  return !(off && oidcConfig(env));
}

/** The issuer's origin, for the CSP's form-action; null without a valid issuer. */
export function oidcIssuerOrigin(env: NodeJS.ProcessEnv = process.env): string | null {
  const config = oidcConfig(env);
  if (!config) return null;
  try {
    return new URL(config.issuer).origin;
  } catch {
    return null;
  }
}
