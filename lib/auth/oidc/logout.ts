import * as o from "oauth4webapi";
import { oidcConfig } from "./config";

const CACHE_MS = 60 * 60_000;
const endpoints = new Map<string, { url: string | null; until: number }>();

/** The provider's end_session_endpoint from its discovery document, cached for an hour; null if it has none or cannot be reached. */
export async function endSessionEndpoint(issuer: string, now = Date.now()): Promise<string | null> {
  const cached = endpoints.get(issuer);
  if (cached && cached.until > now) return cached.url;
  let url: string | null = null;
  try {
    const issuerUrl = new URL(issuer);
    const metadata = await o.processDiscoveryResponse(
      issuerUrl,
      await o.discoveryRequest(issuerUrl, { [o.allowInsecureRequests]: issuerUrl.protocol === "http:", signal: AbortSignal.timeout(5000) }),
    );
    url = typeof metadata.end_session_endpoint === "string" ? metadata.end_session_endpoint : null;
  } catch (error) {
    console.error("Het uitlogadres van de identiteitsprovider kon niet worden opgehaald", error);
    // Not reachable now: try again at the next logout instead of caching the failure for an hour.
    return null;
  }
  endpoints.set(issuer, { url, until: now + CACHE_MS });
  return url;
}

/**
 * Where the browser goes after the portal session has ended, to end the session at the provider too
 * (RP-initiated logout). Only for the configured provider; null means: back to the login page as usual.
 */
export async function providerLogoutUrl(session: { issuer: string | null; idToken: string | null }, origin: string): Promise<string | null> {
  const config = oidcConfig();
  if (!config || !session.issuer || !session.idToken || !sameIssuer(session.issuer, config.issuer)) return null;
  const endpoint = await endSessionEndpoint(config.issuer);
  if (!endpoint) return null;
  const url = new URL(endpoint);
  url.searchParams.set("id_token_hint", session.idToken);
  url.searchParams.set("client_id", config.clientId);
  url.searchParams.set("post_logout_redirect_uri", `${origin}/inloggen?uitgelogd=1`);
  return url.toString();
}

// The ID token's iss is the issuer as the provider writes it; the configured one may lack or add a trailing slash.
function sameIssuer(a: string, b: string) {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return false;
  }
}
