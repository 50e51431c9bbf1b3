import { NextResponse } from "next/server";

// NL API Design Rules: the major.minor.patch version in a header on every response.
export const API_VERSION = "1.2.0";

/** One wrong query or path parameter, as in the invalidParams extension of the Dutch government APIs. */
export type InvalidParam = { name: string; code: string; reason: string };

/** An RFC 9457 problem+json response with Dutch text. */
export function problemResponse(status: number, title: string, detail: string, instance?: string, extra: { invalidParams?: InvalidParam[] } = {}) {
  return NextResponse.json(
    { type: "about:blank", title, status, detail, ...(instance ? { instance } : {}), ...extra },
    { status, headers: { "Content-Type": "application/problem+json" } },
  );
}
