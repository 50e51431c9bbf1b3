import "server-only";
import type { Account, Profile, User } from "next-auth";
import type { OIDCConfig } from "next-auth/providers";
import { headers } from "next/headers";
import { getDb } from "@/db";
import { clientIpFrom } from "@/lib/request";
import { oidcConfig } from "./config";
import { refusalCodes } from "./messages";
import { oidcSignIn } from "./sign-in";

/** The provider id: the redirect URI to register at the provider is <portal>/api/auth/callback/oidc. */
export const OIDC_PROVIDER_ID = "oidc";

/** The identity provider as a next-auth provider, when configured: authorisation code flow with PKCE, state and nonce. */
export function oidcProviders(): OIDCConfig<Profile>[] {
  const config = oidcConfig();
  if (!config) return [];
  return [
    {
      id: OIDC_PROVIDER_ID,
      name: config.name,
      type: "oidc",
      issuer: config.issuer,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      checks: ["pkce", "state", "nonce"],
      authorization: { params: { scope: "openid profile email" } },
      profile: (claims) => ({ id: String(claims.sub), name: claims.name ?? null, email: claims.email ?? null }),
    },
  ];
}

/**
 * next-auth's signIn callback for the identity provider: the claims have been validated by then. A refusal
 * sends the browser to the login page with its code; a success puts the new session on `user`, which
 * next-auth hands to the jwt callback next.
 */
export async function oidcSignInCallback({ user, account, profile }: { user: User; account?: Account | null; profile?: Profile }): Promise<true | string> {
  if (account?.provider !== OIDC_PROVIDER_ID) return true;
  const config = oidcConfig();
  if (!config || !profile) return "/inloggen?error=Configuration";
  const requestHeaders = await headers();
  const outcome = await oidcSignIn(getDb(), {
    claims: profile as Record<string, unknown>,
    idToken: account.id_token ?? null,
    rolesClaim: config.rolesClaim,
    ip: clientIpFrom(requestHeaders),
    userAgent: requestHeaders.get("user-agent"),
  });
  if (!outcome.ok) return `/inloggen?error=${refusalCodes[outcome.reason]}`;
  Object.assign(user, { id: outcome.userId, sessionId: outcome.sessionId });
  return true;
}
