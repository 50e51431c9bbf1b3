import type { NextConfig } from "next";
import { ACTION_BODY_LIMIT_MB } from "./lib/request-limits";
import { contentSecurityPolicy, SECURITY_HEADERS } from "./lib/security-headers";

// The proxy gives pages a CSP with a nonce per request; it does not run for static files, so their
// responses (a missing file's 404 page too) get the fixed policy without a nonce: no inline scripts at all.
const STATIC_CSP = contentSecurityPolicy();

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // PGlite must not be bundled: bundled, it fails at the first query ("Received an instance of URL").
  // pdfkit reads its font metrics (.afm) from its own folder at run time, which a bundle would not carry.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pdfkit"],
  // The open-data API answers a trailing slash with 404 (NL API Design Rules), so Next must not redirect it first.
  skipTrailingSlashRedirect: true,
  // Titles that depend on the record (generateMetadata) would otherwise stream in after the page for
  // ordinary browsers: a screen reader announces the page before it has a title (WCAG 2.4.2), and axe saw that.
  htmlLimitedBots: /.*/,
  // The proxy sets these (and the per-request CSP) on pages and API routes; this also covers the static
  // files the proxy does not see, so every response carries them.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [...SECURITY_HEADERS],
      },
      // The static files proxy.ts leaves out (its matcher): the icon, images and fonts.
      ...["/_next/static/:path*", "/_next/image", "/favicon.ico", "/:file(.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|woff2?))"].map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: STATIC_CSP }],
      })),
    ];
  },
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: `${ACTION_BODY_LIMIT_MB}mb` },
  },
};

export default nextConfig;
