import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "test/server-only.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**", ".data/**"],
    environment: "node",
    setupFiles: ["./test/setup.ts"],
    testTimeout: 30_000,
    // Seeding a PGlite database per file takes long when both cores are busy with other files.
    hookTimeout: 120_000,
    // PGlite instances are heavy; files run in parallel but not too many at once on two cores.
    maxWorkers: 2,
    // next-auth imports "next/server" without an extension; inlined, Vite resolves it as Next does.
    server: { deps: { inline: ["next-auth"] } },
  },
});
