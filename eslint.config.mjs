import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import boundaries from "eslint-plugin-boundaries";

// The layering the README draws ("Hoe het in elkaar zit"): each layer imports only the layers below it.
//   app → components, lib, db    components → client-safe lib    lib → db    db → nothing above it
const layers = ["app", "components", "lib", "db"];

// lib modules a component may import values from: they run in the browser too (no database, no secrets).
const clientSafeLib = ["lib/labels.ts", "lib/dates.ts", "lib/lists/diff.ts", "lib/markdown/*.ts"];

const element = (type) => ({ to: { element: { type } } });
// Types carry no code into the browser bundle.
const typeOnly = (type) => ({ dependency: { kind: "type" }, ...element(type) });
const clientSafe = { to: { file: { categories: "client-safe" } } };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // A leading underscore marks a value left out on purpose (`const { hash: _hash, ...rest } = row`).
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    files: ["**/*.{ts,tsx,mjs}"],
    // Tests exercise the layers together (an action test seeds through db and calls app): the rule guards the shipped code.
    ignores: ["**/*.test.{ts,tsx}", "test/**", "e2e/**"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": [
        ...layers.map((type) => ({ type, pattern: type, partialMatch: false })),
      ],
      "boundaries/files": [{ category: "client-safe", pattern: clientSafeLib }],
      "boundaries/elements-single-match": true,
    },
    rules: {
      "boundaries/dependencies": ["error", {
        default: "allow",
        checkInternals: true,
        policies: [
          { from: { element: { type: "components" } }, disallow: [element("app"), element("db"), element("lib")] },
          { from: { element: { type: "components" } }, allow: [typeOnly("lib"), clientSafe] },
          { from: { element: { type: "lib" } }, disallow: [element("app"), element("components")] },
          // The client-safe modules stay free of code from other modules: only types from db.
          { from: { file: { categories: "client-safe" } }, disallow: [element("app"), element("components"), element("db"), element("lib")] },
          { from: { file: { categories: "client-safe" } }, allow: [typeOnly("db"), typeOnly("lib"), clientSafe] },
          { from: { element: { type: "db" } }, disallow: [element("app"), element("components"), element("lib")] },
        ],
      }],
    },
  },
  globalIgnores([".next/**", ".data/**", ".data-*/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**"]),
]);
