// One source for the security headers: proxy.ts sets them per request (with a nonce in the CSP), and
// next.config.ts sets them on the static files the proxy never sees (a CSP without nonce, so no inline script).
import { oidcIssuerOrigin } from "./auth/oidc/config";

/** The Content-Security-Policy; with a nonce for pages, without one for static files. */
export function contentSecurityPolicy(nonce?: string, { dev = false, identityProvider = oidcIssuerOrigin() } = {}): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}` : "'self'";
  const styles = nonce ? `'self' 'nonce-${nonce}'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    `style-src ${styles}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // The login button and the logout form are posts answered with a redirect to the identity provider, and
    // Chrome checks form-action on that redirect too: its origin, and no other.
    `form-action 'self'${identityProvider ? ` ${identityProvider}` : ""}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The headers every response carries besides the CSP. */
export const SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];
