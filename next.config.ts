import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // PGlite must not be bundled: bundled, it fails at the first query ("Received an instance of URL").
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  // The open-data API answers a trailing slash with 404 (NL API Design Rules), so Next must not redirect it first.
  skipTrailingSlashRedirect: true,
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: "5mb" },
  },
};

export default nextConfig;
