import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openApiDocument } from "@/lib/api/openapi";

// Lints the open-data API's OpenAPI document with Spectral's built-in OpenAPI ruleset (npm run test:api-lint).
// Fails on errors; warnings are printed so they can be read.
const dir = mkdtempSync(path.join(tmpdir(), "api-lint-"));
const file = path.join(dir, "openapi.json");
const document = openApiDocument({
  serverUrl: "https://apps.gemeente.example/api/v1",
  contactName: "Gemeente Voorbeeld, informatiebeveiliging",
  contactUrl: "https://apps.gemeente.example/open-data",
  contactEmail: "informatiebeveiliging@gemeente.example",
});
writeFileSync(file, JSON.stringify(document, null, 2));
const spectral = path.resolve(import.meta.dirname, "../node_modules/.bin/spectral");
const ruleset = path.resolve(import.meta.dirname, "../lib/api/spectral.yaml");
const result = spawnSync(spectral, ["lint", file, "--ruleset", ruleset, "--fail-severity", "error"], { stdio: "inherit" });
rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
