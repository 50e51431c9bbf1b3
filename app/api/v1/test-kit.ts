import { expect } from "vitest";
import type { Db } from "@/db/client";
import { API_VERSION } from "@/lib/api/problem";
import * as indexRoute from "./route";
import * as appsRoute from "./apps/route";
import * as countriesRoute from "./landen/route";
import * as versionsRoute from "./lijstversies/route";
import * as currentVersionRoute from "./lijstversies/actueel/route";
import * as versionRoute from "./lijstversies/[nummer]/route";
import * as questionsRoute from "./raadsvragen/route";
import * as questionRoute from "./raadsvragen/[id]/route";
import * as decisionsRoute from "./besluiten/route";
import * as decisionRoute from "./besluiten/[id]/route";
import * as openApiRoute from "./openapi.json/route";
import * as unknownRoute from "./[...pad]/route";

// Shared by the open-data API tests: requests to the route handlers as Next would make them.

export const BASE = "http://portaal.test/api/v1";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;
type RouteModule = Record<string, unknown>;

/** Every resource with an example address; params for the dynamic segment. */
export const resources: { path: string; module: RouteModule; params?: Record<string, string> }[] = [
  { path: "", module: indexRoute },
  { path: "/lijstversies", module: versionsRoute },
  { path: "/lijstversies/actueel", module: currentVersionRoute },
  { path: "/lijstversies/1", module: versionRoute, params: { nummer: "1" } },
  { path: "/apps", module: appsRoute },
  { path: "/landen", module: countriesRoute },
  { path: "/raadsvragen", module: questionsRoute },
  { path: "/raadsvragen/1", module: questionRoute, params: { id: "1" } },
  { path: "/besluiten", module: decisionsRoute },
  { path: "/besluiten/1", module: decisionRoute, params: { id: "1" } },
  { path: "/openapi.json", module: openApiRoute },
];

export const unknownResource = { path: "/bestaat-niet", module: unknownRoute as RouteModule, params: { pad: "bestaat-niet" } };

export async function call(
  resource: { path: string; module: RouteModule; params?: Record<string, string> },
  method = "GET",
  options: { query?: string; headers?: Record<string, string> } = {},
) {
  const handler = resource.module[method] as Handler | undefined;
  if (!handler) throw new Error(`${method} ${resource.path} has no handler`);
  const url = `${BASE}${resource.path}${options.query ? `?${options.query}` : ""}`;
  return handler(new Request(url, { method, headers: options.headers }), { params: Promise.resolve(resource.params ?? {}) });
}

export const get = (path: string, headers: Record<string, string> = {}) => new Request(`${BASE}${path}`, { headers });

// The route handlers take the database from globalThis.portalDb (db/index.ts); the tests put theirs there.
export const useDb = (db: Db | undefined) => {
  if (db) (globalThis as { portalDb?: Db }).portalDb = db;
  else delete (globalThis as { portalDb?: Db }).portalDb;
};

export function expectApiHeaders(response: Response) {
  expect(response.headers.get("API-Version")).toBe(API_VERSION);
  expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
}

export async function expectProblem(response: Response, status: number, detail: RegExp) {
  expect(response.status).toBe(status);
  expectApiHeaders(response);
  expect(response.headers.get("Content-Type")).toBe("application/problem+json");
  const body = await response.json();
  expect(body).toMatchObject({ type: "about:blank", status, title: expect.any(String) });
  expect(body.detail).toMatch(detail);
  return body;
}
