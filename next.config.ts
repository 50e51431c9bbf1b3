import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // PGlite must not be bundled: bundled, it fails at the first query ("Received an instance of URL").
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  // The open-data API answers a trailing slash with 404 (NL API Design Rules), so Next must not redirect it first.
  skipTrailingSlashRedirect: true,
  // The proxy sets these (and the per-request CSP) on pages and API routes; this also covers the static
  // files the proxy does not see, so every response carries them.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: "5mb" },
  },
};

export default nextConfig;
