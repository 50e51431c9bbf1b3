import { NextRequest } from "next/server";
import { getTableColumns, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, listVersionApps, listVersions } from "@/db/schema";
import { apiChangelog } from "@/lib/api/changelog";
import { API_VERSION } from "@/lib/api/problem";
import { proxy } from "@/proxy";
import { seededDb, testDatabases } from "@/test/databases";
import { call, expectApiHeaders, expectProblem, resources, unknownResource, useDb } from "./test-kit";

// One test per rule of the NL API Design Rules 2.2 core set that applies to this read-only open-data API,
// named by rule id so an auditor can map them. Rules that do not apply: /core/nested-child and
// /core/resource-operations (no child resources, no operations), /core/modules/* (no geo data, signing or
// encryption), /core/deprecation-schedule and /core/transition-period (no version has been retired yet).

type Operation = { operationId: string; summary: string; description?: string; parameters?: { $ref: string }[]; responses: Record<string, unknown> };
type OpenApi = {
  openapi: string;
  info: { version: string; description: string; contact: { name?: string; url?: string; email?: string } };
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; parameters: Record<string, { name: string; in: string }> };
};

const WRITES = ["POST", "PUT", "PATCH", "DELETE"] as const;

/** All property names in a JSON value, however deep. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
  return [];
}

/** Every schema property with its definition, however deep (allOf, items, nested objects). */
function schemaProperties(schema: unknown): [string, Record<string, unknown>][] {
  if (Array.isArray(schema)) return schema.flatMap(schemaProperties);
  if (!schema || typeof schema !== "object") return [];
  const node = schema as Record<string, unknown>;
  const own = node.properties && typeof node.properties === "object" ? Object.entries(node.properties as Record<string, Record<string, unknown>>) : [];
  return [...own, ...Object.values(node).flatMap(schemaProperties)];
}

describe.each(testDatabases)("NL API Design Rules 2.2 op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let document: OpenApi;
  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    document = await (await call(resources.find((r) => r.path === "/openapi.json")!)).json();
  });
  beforeEach(() => {
    useDb(db);
    vi.stubEnv("AUTH_URL", "");
    vi.stubEnv("APP_URL", "");
  });
  afterEach(() => vi.unstubAllEnvs());
  afterAll(async () => {
    useDb(undefined);
    await close();
  });

  const operations = () => Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })));

  it("/core/naming-resources", () => {
    // Every path segment is a noun we chose on purpose; a new path has to be added here after review.
    const nouns = new Set(["lijstversies", "actueel", "apps", "landen", "openapi.json", "{nummer}", "raadsvragen", "besluiten", "{id}"]);
    for (const path of Object.keys(document.paths)) {
      for (const segment of path.split("/").filter(Boolean)) expect(nouns, path).toContain(segment);
    }
  });

  it("/core/naming-collections", async () => {
    // A collection is named in the plural, and its members come in a property of the same name.
    for (const path of ["/lijstversies", "/apps", "/landen", "/raadsvragen", "/besluiten"]) {
      const body = await (await call(resources.find((r) => r.path === path)!)).json();
      expect(Array.isArray(body[path.slice(1)]), path).toBe(true);
    }
    expect(document.paths["/lijstversies/{nummer}"]).toBeDefined();
  });

  it("/core/interface-language", async () => {
    const body = await (await call(resources.find((r) => r.path === "/apps")!)).json();
    expect(body.apps[0].maatregel).toMatch(/^(verboden|ontraden)$/);
    const english = ["name", "vendorName", "countryCode", "category", "measure", "source", "version", "count", "publishedAt", "changes"];
    // Probleem's members (and invalidParams' name, code, reason) are fixed by RFC 9457 and its Dutch extension.
    const { Probleem, ...schemas } = document.components.schemas;
    expect(Probleem).toBeDefined();
    for (const key of [...keysOf(body), ...schemaProperties(schemas).map(([name]) => name)]) {
      expect(english, key).not.toContain(key);
    }
  });

  it("/core/no-trailing-slash", async () => {
    for (const path of Object.keys(document.paths)) if (path !== "/") expect(path).not.toMatch(/\/$/);
    // A trailing slash is a 404 problem, not a redirect (the proxy answers it before any route).
    const response = proxy(new NextRequest("http://portaal.test/api/v1/apps/"));
    await expectProblem(response, 404, /schuine streep/);
    expect(response.headers.get("Location")).toBeNull();
  });

  it("/core/path-segments-kebab-case", () => {
    const rule = /^(\/|(\/_[a-z0-9]+|\/(([a-z0-9-]+|{[^}]+})(\/([a-z0-9\-.]+|{[^}]+}))*)(\/_[a-z]+)?)\/?)$/;
    // /core/publish-openapi fixes the name openapi.json, extension and all.
    for (const path of Object.keys(document.paths)) if (path !== "/openapi.json") expect(path).toMatch(rule);
    expect(Object.keys(document.paths).filter((path) => !rule.test(path))).toEqual(["/openapi.json"]);
  });

  it("/core/query-keys-camel-case", () => {
    const queryKeys = Object.values(document.components.parameters).filter((p) => p.in === "query").map((p) => p.name);
    expect(queryKeys.length).toBeGreaterThan(0);
    for (const key of queryKeys) expect(key).toMatch(/^\$?[a-z][a-z\d]*([A-Z][a-z\d]*)*$/);
  });

  it("/core/hide-implementation", async () => {
    // The database's English column names stay inside; no framework or database detail in an error.
    const columns = Object.keys(getTableColumns(listVersionApps)).filter((name) => name !== "id");
    const body = await (await call(resources.find((r) => r.path === "/apps")!)).json();
    for (const key of keysOf(body)) expect(columns, key).not.toContain(key);
    const problem = await (await call(resources.find((r) => r.path === "/apps")!, "GET", { query: "zoek=a%00&lijstversie=x" })).text();
    expect(problem).not.toMatch(/postgres|pglite|drizzle|next|stack|at \w+ \(/i);
  });

  it("/core/date-time/format", async () => {
    const dateFields = schemaProperties(document.components.schemas).filter(([name]) => /Op$/.test(name));
    expect(dateFields.map(([name]) => name)).toEqual(expect.arrayContaining(["gepubliceerdOp", "opgenomenOp", "volgendeHerbeoordelingOp"]));
    for (const [name, schema] of dateFields) {
      expect(schema.type, name).toBe("string");
      expect(["date", "date-time"], name).toContain(schema.format);
    }
    const version = await (await call(resources.find((r) => r.path === "/lijstversies/1")!)).json();
    expect(version.gepubliceerdOp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
  });

  it("/core/date-time/timezone", async () => {
    const { lijstversies } = await (await call(resources.find((r) => r.path === "/lijstversies")!)).json();
    for (const version of lijstversies) expect(version.gepubliceerdOp).toMatch(/Z$/);
  });

  it("/core/date-time/date-omit-time-portion", async () => {
    const country = document.components.schemas.Land as { properties: Record<string, { format?: string }> };
    expect(country.properties.opgenomenOp.format).toBe("date");
    expect(country.properties.volgendeHerbeoordelingOp.format).toBe("date");
    const { landen } = await (await call(resources.find((r) => r.path === "/landen")!)).json();
    for (const land of landen) expect(land.opgenomenOp).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("/core/http-methods", async () => {
    for (const { method } of operations()) expect(["get", "post", "put", "patch", "delete"]).toContain(method);
    // Writes on any resource: 405 with Allow, API-Version, CORS and a Dutch problem+json body.
    for (const resource of resources) {
      for (const method of WRITES) {
        const response = await call(resource, method);
        const body = await expectProblem(response, 405, new RegExp(`alleen gelezen worden\\. ${method} is hier niet mogelijk`));
        expect(body.title).toBe("Methode niet toegestaan");
        expect(response.headers.get("Allow"), `${method} ${resource.path}`).toBe("GET, HEAD, OPTIONS");
      }
      const options = await call(resource, "OPTIONS");
      expect(options.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
    }
    // A path that does not exist stays a 404 for every method.
    for (const method of WRITES) await expectProblem(await call(unknownResource, method), 404, /bestaat niet in de API/);
  });

  it("/core/http-safety", async () => {
    const count = async () => {
      const [row] = await db.select({ audit: sql<number>`(select count(*) from ${auditEvents})`.mapWith(Number), versions: sql<number>`count(*)`.mapWith(Number) }).from(listVersions);
      return row;
    };
    const before = await count();
    for (const resource of resources) {
      for (const method of ["GET", "OPTIONS", ...WRITES]) await call(resource, method);
    }
    expect(await count()).toEqual(before);
  });

  it("/core/http-response-code", async () => {
    const apps = resources.find((r) => r.path === "/apps")!;
    expect((await call(apps)).status).toBe(200);
    expect((await call(apps, "GET", { query: "land=china" })).status).toBe(400);
    expect((await call(apps, "GET", { query: "lijstversie=99" })).status).toBe(404);
    expect((await call(apps, "DELETE")).status).toBe(405);
    expect((await call(apps, "OPTIONS", { headers: { "Access-Control-Request-Method": "GET" } })).status).toBe(204);
    // A version number too large to exist is "not found", not a server error.
    const huge = await call({ ...resources.find((r) => r.path === "/lijstversies/1")!, params: { nummer: "99999999999" } });
    await expectProblem(huge, 404, /Lijstversie 99999999999 bestaat niet/);
    await expectProblem(await call(apps, "GET", { query: "lijstversie=99999999999999999999" }), 404, /bestaat niet/);
  });

  it("/core/stateless", async () => {
    for (const resource of resources) {
      const plain = await call(resource);
      const withCookie = await call(resource, "GET", { headers: { Cookie: "authjs.session-token=iets" } });
      expect(plain.headers.get("Set-Cookie"), resource.path).toBeNull();
      expect(await withCookie.text(), resource.path).toBe(await plain.text());
    }
  });

  it("/core/error-handling/problem-details", async () => {
    const apps = resources.find((r) => r.path === "/apps")!;
    const errors = [
      await call(apps, "GET", { query: "land=china" }),
      await call(apps, "GET", { query: "lijstversie=99" }),
      await call(apps, "POST"),
      await call(apps, "OPTIONS", { headers: { "Access-Control-Request-Method": "DELETE" } }),
      await call(unknownResource),
    ];
    for (const response of errors) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.headers.get("Content-Type")).toBe("application/problem+json");
      const body = await response.json();
      expect(body).toMatchObject({ status: response.status, title: expect.any(String), detail: expect.any(String) });
    }
  });

  it("/core/error-handling/invalid-input", async () => {
    for (const { path, operation } of operations()) {
      if (operation.parameters?.length) expect(Object.keys(operation.responses), path).toContain("400");
    }
    // A NUL byte is invalid input, answered in Dutch: not a database error.
    const body = await expectProblem(await call(resources.find((r) => r.path === "/apps")!, "GET", { query: "zoek=a%00" }), 400, /stuurteken/);
    expect(body.invalidParams).toEqual([{ name: "zoek", code: "invalidCharacters", reason: expect.stringMatching(/nulbyte/) }]);
    await expectProblem(await call({ ...resources.find((r) => r.path === "/lijstversies/1")!, params: { nummer: "1\u0000" } }), 400, /stuurteken/);
  });

  it("/core/error-handling/all-errors", async () => {
    const apps = resources.find((r) => r.path === "/apps")!;
    const body = await expectProblem(await call(apps, "GET", { query: "lijstversie=een&land=china&formaat=xml&zoek=a%00" }), 400, /4 parameters ongeldig/);
    expect(body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(["formaat", "land", "lijstversie", "zoek"]);
    for (const param of body.invalidParams) expect(param).toEqual({ name: expect.any(String), code: expect.any(String), reason: expect.any(String) });
    const schema = document.components.schemas.Probleem as { properties: Record<string, unknown> };
    expect(schema.properties.invalidParams).toBeDefined();
  });

  it("/core/doc-openapi", () => {
    expect(document.openapi).toMatch(/^3\./);
    const refs = JSON.stringify(document).match(/"\$ref":"#\/[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const pointer = ref.slice(ref.indexOf("#/") + 2, -1).split("/");
      const target = pointer.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
      expect(target, ref).toBeDefined();
    }
    expect(Object.keys(document.paths).length).toBe(resources.length);
  });

  it("/core/doc-openapi-contact", () => {
    expect(document.info.contact).toEqual({
      name: expect.stringContaining("informatiebeveiliging"),
      url: "http://portaal.test/open-data",
      email: expect.stringContaining("@"),
    });
  });

  it("/core/doc-language", () => {
    const texts = operations().flatMap(({ operation }) => [operation.summary, operation.description ?? ""]).concat(document.info.description);
    for (const text of texts) expect(text).not.toMatch(/\b(the|returns|list of|all|version|with|and)\b/i);
  });

  it("/core/publish-openapi", async () => {
    const response = await call(resources.find((r) => r.path === "/openapi.json")!);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect((await response.json()).paths["/openapi.json"]).toBeDefined();
  });

  it("/core/uri-version", () => {
    for (const server of document.servers) expect(server.url).toMatch(new RegExp(`/v${API_VERSION.split(".")[0]}$`));
  });

  it("/core/changelog", () => {
    expect(apiChangelog[0].version).toBe(document.info.version);
    for (const entry of apiChangelog) {
      expect(entry.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(entry.changes.length).toBeGreaterThan(0);
    }
    expect(document.info.description).toContain(document.info.contact.url);
  });

  it("/core/semver", () => {
    expect(document.info.version).toMatch(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/);
  });

  it("/core/version-header", async () => {
    const apps = resources.find((r) => r.path === "/apps")!;
    const responses = [
      ...(await Promise.all(resources.map((resource) => call(resource)))),
      await call(apps, "GET", { query: "formaat=csv" }),
      await call(apps, "GET", { query: "land=china" }),
      await call(apps, "GET", { query: "lijstversie=99" }),
      await call(apps, "PUT"),
      await call(apps, "OPTIONS"),
      await call(unknownResource),
    ];
    for (const response of responses) expect(response.headers.get("API-Version")).toBe(document.info.version);
  });

  it("/core/transport/no-sensitive-uris", () => {
    const names = Object.values(document.components.parameters).map((p) => p.name);
    for (const name of names) expect(name).not.toMatch(/token|key|sleutel|wachtwoord|password|secret|sessie/i);
    expect(JSON.stringify(document)).not.toMatch(/securitySchemes|apiKey/);
  });

  it("/core/transport/security-headers", async () => {
    const response = await call(resources.find((r) => r.path === "/apps")!);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expectApiHeaders(response);
    // The rest is set by the proxy on every API path (and on the TLS requirement: HSTS).
    const proxied = proxy(new NextRequest("http://portaal.test/api/v1/apps"));
    expect(proxied.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
    expect(proxied.headers.get("Strict-Transport-Security")).toMatch(/max-age=\d{7,}/);
    expect(proxied.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(proxied.headers.get("X-Frame-Options")).toBe("DENY");
  });

  it("/core/transport/cors", async () => {
    for (const resource of [...resources, unknownResource]) {
      expect((await call(resource)).headers.get("Access-Control-Allow-Origin"), resource.path).toBe("*");
      expect((await call(resource, "OPTIONS", { headers: { Origin: "https://elders.test", "Access-Control-Request-Method": "GET" } })).status).toBe(204);
    }
    const refused = await call(resources[0], "OPTIONS", { headers: { Origin: "https://elders.test", "Access-Control-Request-Method": "POST" } });
    expect(refused.status).toBe(405);
    expect(refused.headers.get("Access-Control-Allow-Methods")).toBeNull();
  });
});
