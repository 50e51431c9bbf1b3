import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/next-auth";

/**
 * The browser only needs to know whether it is signed in and until when: the session id stays on the
 * server side of getViewer, and an ended session already comes back as null (the jwt callback).
 */
async function withoutSessionDetails(request: NextRequest, response: Response): Promise<Response> {
  if (!request.nextUrl.pathname.endsWith("/session") || !response.ok) return response;
  const session = (await response.json()) as { expires?: string } | null;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(session?.expires ? { expires: session.expires } : null), { status: response.status, headers });
}

export async function GET(request: NextRequest) {
  return withoutSessionDetails(request, await handlers.GET(request));
}

export async function POST(request: NextRequest) {
  return withoutSessionDetails(request, await handlers.POST(request));
}
