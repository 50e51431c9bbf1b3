import { NextResponse, type NextRequest } from "next/server";
import { API_VERSION, problemResponse } from "@/lib/api/problem";
import { isTooLarge, TOO_LARGE_MESSAGE } from "@/lib/request-limits";

// Security headers for every response, and the API's trailing-slash rule. Not an authorization
// boundary: pages, actions and route handlers check the session and permission themselves.
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/v1/") && pathname.endsWith("/")) {
    const response = problemResponse(404, "Niet gevonden", "Een adres van de API eindigt niet op een schuine streep (/).", pathname);
    response.headers.set("API-Version", API_VERSION);
    response.headers.set("Access-Control-Allow-Origin", "*");
    return withSecurityHeaders(response, contentSecurityPolicy(nonce()));
  }

  // Next would read an oversized form post and then fail with an English 500; refuse it first, in Dutch.
  // Exactly "text/plain": Next's client then raises this text as the error, which app/error.tsx shows.
  if (request.method === "POST" && !pathname.startsWith("/api/") && isTooLarge(request.headers)) {
    const response = new NextResponse(TOO_LARGE_MESSAGE, { status: 413, headers: { "Content-Type": "text/plain" } });
    return withSecurityHeaders(response, contentSecurityPolicy(nonce()));
  }

  const requestNonce = nonce();
  const csp = contentSecurityPolicy(requestNonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", requestNonce);
  // Next reads the nonce from this request header and puts it on its own scripts.
  requestHeaders.set("Content-Security-Policy", csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

function nonce() {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}

function contentSecurityPolicy(value: string) {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${value}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${value}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function withSecurityHeaders(response: NextResponse, csp: string) {
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
