import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// The keys the publiccode.yml standard (0.4) requires; a catalogue crawler rejects the file without them.
const required = [
  "publiccodeYmlVersion", "name", "url", "platforms", "categories", "developmentStatus", "softwareType",
  "legal.license", "maintenance.type", "localisation.localisationReady", "localisation.availableLanguages",
];
const requiredPerLanguage = ["shortDescription", "longDescription", "features"];

const read = (file: string) => readFileSync(path.resolve(import.meta.dirname, "..", file), "utf8");
const at = (doc: unknown, key: string) => key.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], doc);

describe("publiccode.yml", () => {
  const doc = parse(read("publiccode.yml"));

  it.each(required)("has %s", (key) => {
    const value = at(doc, key);
    expect(value).toBeDefined();
    expect(value).not.toBe("");
  });

  it("describes the software in Dutch with every required key, within the standard's lengths", () => {
    const nl = doc.description?.nl;
    for (const key of requiredPerLanguage) expect(nl?.[key], key).toBeTruthy();
    expect(nl.shortDescription.length).toBeLessThanOrEqual(150);
    expect(nl.longDescription.length).toBeGreaterThanOrEqual(150);
    expect(nl.longDescription.length).toBeLessThanOrEqual(10_000);
    expect(nl.features.length).toBeGreaterThan(0);
  });

  it("uses the standard's values for the enumerated keys", () => {
    expect(["concept", "development", "beta", "stable", "obsolete"]).toContain(doc.developmentStatus);
    expect(["standalone/mobile", "standalone/iot", "standalone/desktop", "standalone/web", "standalone/backend", "standalone/other", "addon", "library", "configurationFiles"]).toContain(doc.softwareType);
    expect(["internal", "contract", "community", "none"]).toContain(doc.maintenance.type);
    if (["internal", "community"].includes(doc.maintenance.type)) expect(doc.maintenance.contacts?.length).toBeGreaterThan(0);
    expect(doc.localisation.availableLanguages).toContain("nl");
  });

  it("names the licence of the LICENSE file (EUPL-1.2), and the package says the same", () => {
    expect(doc.legal.license).toBe("EUPL-1.2");
    expect(read("LICENSE")).toMatch(/EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
    expect(JSON.parse(read("package.json")).license).toBe("EUPL-1.2");
  });
});
