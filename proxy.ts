import { NextResponse, type NextRequest } from "next/server";
import { API_VERSION, problemResponse } from "@/lib/api/problem";
import { isTooLarge, TOO_LARGE_MESSAGE } from "@/lib/request-limits";
import { contentSecurityPolicy as policyWith, SECURITY_HEADERS } from "@/lib/security-headers";

const contentSecurityPolicy = (nonce: string) => policyWith(nonce, { dev: process.env.NODE_ENV === "development" });

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

function withSecurityHeaders(response: NextResponse, csp: string) {
  response.headers.set("Content-Security-Policy", csp);
  for (const { key, value } of SECURITY_HEADERS) response.headers.set(key, value);
  return response;
}

export const config = {
  // The inventory upload is left out: the proxy would buffer its body and cut it off above 10 MB. That route
  // sets its own security headers. Static files (the icon, images, fonts) are left out too: they need no nonce,
  // and next.config.ts gives them the security headers and the CSP without one. No page or API route ends in
  // one of these extensions.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|apparaten/importeren/bestand|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|woff2?)$).*)" }],
};
