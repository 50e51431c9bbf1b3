import { NextResponse } from "next/server";
import { configuredOrigin } from "@/lib/users/invitations";
import { API_VERSION, problemResponse, type InvalidParam } from "./problem";

// The open data may be read from any origin (NL API Design Rules: CORS for public APIs), but only read.
const READ_ONLY_CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "API-Version, Allow, Content-Disposition",
};
const ALLOWED_METHODS = "GET, HEAD, OPTIONS";

function withApiHeaders<T extends Response>(response: T): T {
  response.headers.set("API-Version", API_VERSION);
  // /core/transport/security-headers asks for no-store on every API response.
  response.headers.set("Cache-Control", "no-store");
  for (const [name, value] of Object.entries(READ_ONLY_CORS)) response.headers.set(name, value);
  return response;
}

export function apiJson(body: unknown, status = 200) {
  return withApiHeaders(NextResponse.json(body, { status }));
}

export function apiProblem(status: number, title: string, detail: string, request: Request, invalidParams?: InvalidParam[]) {
  return withApiHeaders(problemResponse(status, title, detail, new URL(request.url).pathname, invalidParams ? { invalidParams } : {}));
}

export const notFound = (detail: string, request: Request) => apiProblem(404, "Niet gevonden", detail, request);

/** 400 with every wrong parameter at once (/core/error-handling/all-errors). */
export function badRequest(invalidParams: InvalidParam[], request: Request) {
  const detail = invalidParams.length === 1 ? invalidParams[0].reason : `Er zijn ${invalidParams.length} parameters ongeldig: ${invalidParams.map((p) => p.reason).join(" ")}`;
  return apiProblem(400, "Ongeldige vraag", detail, request, invalidParams);
}

export function apiCsv(body: string, filename: string) {
  return withApiHeaders(
    new Response(body, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"` },
    }),
  );
}

/** 405 for any writing method: the API is read-only. Route files re-export it through lib/api/read-only. */
export function methodNotAllowed(request: Request) {
  const response = apiProblem(
    405,
    "Methode niet toegestaan",
    `Deze API kan alleen gelezen worden. ${request.method} is hier niet mogelijk; gebruik GET.`,
    request,
  );
  response.headers.set("Allow", ALLOWED_METHODS);
  return response;
}

/** Answers a CORS preflight: reading is allowed from anywhere, anything else is refused. */
export function preflight(request: Request) {
  const method = request.headers.get("Access-Control-Request-Method");
  if (method && !["GET", "HEAD"].includes(method.toUpperCase())) {
    const response = apiProblem(405, "Methode niet toegestaan", "Deze API kan alleen gelezen worden (GET).", request);
    response.headers.set("Allow", ALLOWED_METHODS);
    return response;
  }
  return withApiHeaders(
    new Response(null, {
      status: 204,
      headers: {
        Allow: ALLOWED_METHODS,
        "Access-Control-Allow-Methods": ALLOWED_METHODS,
        "Access-Control-Allow-Headers": "Accept, Accept-Language, API-Version",
        "Access-Control-Max-Age": "86400",
      },
    }),
  );
}

/**
 * The public origin of the portal: AUTH_URL or APP_URL when set, so links and the OpenAPI servers
 * name the address outsiders use rather than the one the server listens on behind a proxy.
 */
export const apiOrigin = (request: Request) => configuredOrigin() ?? new URL(request.url).origin;

/** The absolute address of an API path. */
export function apiUrl(request: Request, path: string) {
  return `${apiOrigin(request)}/api/v1${path}`;
}

export const link = (request: Request, path: string) => ({ href: apiUrl(request, path) });
