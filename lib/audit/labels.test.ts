import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditActionLabels, auditObjectLabel, auditObjectTypeLabels, checkpointReasonLabel } from "./labels";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

// The codes that shipped code writes into the log: `action: "x.y"`, action({ name: "x.y" }) and `objectType: "z"`.
function codesInSource(pattern: RegExp): Set<string> {
  const codes = new Set<string>();
  for (const file of ["app", "lib", "db", "scripts"].flatMap((d) => sourceFiles(path.join(root, d)))) {
    for (const match of readFileSync(file, "utf8").matchAll(pattern)) codes.add(match[1]);
  }
  return codes;
}

describe("audit labels", () => {
  it("has a Dutch label for every action code the code writes", () => {
    const codes = codesInSource(/(?:\baction|\bname): "([a-z_]+\.[a-z_.]+)"/g);
    expect(codes.size).toBeGreaterThan(20);
    expect([...codes].filter((code) => !Object.hasOwn(auditActionLabels, code))).toEqual([]);
  });

  it("has a Dutch label for every object type the code writes", () => {
    const codes = codesInSource(/objectType: "([a-z_]+)"/g);
    expect([...codes].filter((code) => !Object.hasOwn(auditObjectTypeLabels, code))).toEqual([]);
  });

  it("names a refused permission in Dutch instead of its code", () => {
    expect(auditObjectLabel("permission", "lists.view")).toEqual({ type: "Recht", detail: "lijsten bekijken" });
    expect(auditObjectLabel("list_version", "3")).toEqual({ type: "Lijstversie", detail: "versie 3" });
    expect(auditObjectLabel("iets_nieuws", "7")).toEqual({ type: "iets_nieuws", detail: "7" });
  });

  it("explains why a checkpoint was written", () => {
    expect(checkpointReasonLabel("publication:4")).toBe("bij de publicatie van lijstversie 4");
    expect(checkpointReasonLabel("daily")).toBe("dagelijks");
  });
});
