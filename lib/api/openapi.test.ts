import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";
import { methodNotAllowed } from "./respond";

const apiRoot = path.resolve(import.meta.dirname, "../../app/api/v1");
const httpMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route.ts under app/api/v1 as an OpenAPI path: [nummer] becomes {nummer}. */
function routeFiles(dir = apiRoot): { file: string; apiPath: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    if (entry.name !== "route.ts") return [];
    const segments = path.relative(apiRoot, dir).split(path.sep).filter(Boolean);
    const apiPath = `/${segments.map((s) => s.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`;
    return [{ file: full, apiPath }];
  });
}

// The catch-all only turns unknown paths into a problem+json 404; it is not part of the API.
const isCatchAll = (apiPath: string) => apiPath.includes("[...");

async function implementedOperations() {
  const operations: string[] = [];
  for (const { file, apiPath } of routeFiles()) {
    if (isCatchAll(apiPath)) continue;
    const mod = (await import(file)) as Record<string, unknown>;
    for (const method of httpMethods) {
      // The shared 405 for writes is not an operation of the API.
      if (typeof mod[method] === "function" && mod[method] !== methodNotAllowed) operations.push(`${method.toLowerCase()} ${apiPath}`);
    }
  }
  return operations.sort();
}

const document = openApiDocument({ serverUrl: "http://localhost/api/v1", contactName: "Test", contactUrl: "http://localhost/open-data" });

function documentedOperations() {
  return Object.entries(document.paths)
    .flatMap(([apiPath, item]) => Object.keys(item).map((method) => `${method} ${apiPath}`))
    .sort();
}

describe("OpenAPI-document", () => {
  it("finds the route files it compares against", () => {
    const paths = routeFiles().map((r) => r.apiPath);
    expect(paths).toContain("/lijstversies/{nummer}");
    expect(paths).toContain("/openapi.json");
  });

  it("documents exactly the implemented operations, both ways", async () => {
    expect(documentedOperations()).toEqual(await implementedOperations());
  });

  it("documents the API root, and finds it as a route file", () => {
    expect(routeFiles().map((r) => r.apiPath)).toContain("/");
    expect(document.paths["/"].get.operationId).toBe("getIndex");
  });

  it("answers every write on a real route with the shared Dutch 405", async () => {
    for (const { file, apiPath } of routeFiles()) {
      if (isCatchAll(apiPath)) continue;
      const mod = (await import(file)) as Record<string, unknown>;
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) expect(mod[method], `${method} ${apiPath}`).toBe(methodNotAllowed);
    }
  });

  it("answers CORS preflight on every route", async () => {
    for (const { file, apiPath } of routeFiles()) {
      const mod = (await import(file)) as Record<string, unknown>;
      expect(typeof mod.OPTIONS, apiPath).toBe("function");
    }
  });

  it("resolves every $ref to a defined component", () => {
    const refs = JSON.stringify(document).match(/"\$ref":"#\/components\/[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    const components = document.components as Record<string, Record<string, unknown>>;
    for (const ref of refs) {
      const [, kind, name] = ref.match(/#\/components\/([^/]+)\/([^"]+)/)!;
      expect(components[kind]?.[name], ref).toBeDefined();
    }
  });

  it("names every path parameter it declares in the path", () => {
    const parameters = document.components.parameters as Record<string, { in: string; name: string }>;
    for (const [apiPath, item] of Object.entries(document.paths)) {
      const inPath = [...apiPath.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = ((item.get as { parameters?: { $ref: string }[] }).parameters ?? [])
        .map((p) => parameters[p.$ref.split("/").pop()!])
        .filter((p) => p.in === "path")
        .map((p) => p.name)
        .sort();
      expect(declared, apiPath).toEqual(inPath);
    }
  });

  it("carries the metadata the NL API Design Rules ask for", () => {
    expect(document.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(document.info.license.name).toContain("CC0");
    expect(document.servers[0].url).toBe("http://localhost/api/v1");
    expect(document.components.headers["API-Version"]).toBeDefined();
  });
});
