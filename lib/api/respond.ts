import { NextResponse } from "next/server";
import { API_VERSION, problemResponse } from "./problem";

// The open data may be read from any origin (NL API Design Rules: CORS for public APIs), but only read.
const READ_ONLY_CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "API-Version, Content-Disposition",
};
const ALLOWED_METHODS = "GET, HEAD, OPTIONS";

function withApiHeaders<T extends Response>(response: T): T {
  response.headers.set("API-Version", API_VERSION);
  for (const [name, value] of Object.entries(READ_ONLY_CORS)) response.headers.set(name, value);
  return response;
}

export function apiJson(body: unknown, status = 200) {
  return withApiHeaders(NextResponse.json(body, { status }));
}

export function apiProblem(status: number, title: string, detail: string, request: Request) {
  return withApiHeaders(problemResponse(status, title, detail, new URL(request.url).pathname));
}

export const notFound = (detail: string, request: Request) => apiProblem(404, "Niet gevonden", detail, request);
export const badRequest = (detail: string, request: Request) => apiProblem(400, "Ongeldige vraag", detail, request);

export function apiCsv(body: string, filename: string) {
  return withApiHeaders(
    new Response(body, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"` },
    }),
  );
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

/** The absolute address of an API path, so links work for clients on any host. */
export function apiUrl(request: Request, path: string) {
  return new URL(`/api/v1${path}`, request.url).toString();
}

export const link = (request: Request, path: string) => ({ href: apiUrl(request, path) });
