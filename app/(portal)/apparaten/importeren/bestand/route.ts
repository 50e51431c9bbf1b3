import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { guardedRoute } from "@/lib/auth/route-guard";
import { DEFAULT_BYTE_LIMIT, tooLargeMessage } from "@/lib/inventory/body-reader";
import { importInventory } from "@/lib/inventory/import";
import { ALREADY_RUNNING } from "@/lib/inventory/import-rows";
import { contentSecurityPolicy, SECURITY_HEADERS } from "@/lib/security-headers";
import { isCrossSite, uploadFrom } from "./upload-body";

// This route is left out of the proxy (proxy.ts), which would buffer and cut off a body above 10 MB:
// it sets the security headers itself, and checks origin, session and permission here.
export const dynamic = "force-dynamic";

const FORM_PAGE = "/apparaten/importeren";
// Room for the multipart framing around the file in the no-JavaScript form.
const FRAMING_BYTES = 64 * 1024;

type Refusal = "andere-website" | "te-groot" | "geen-bestand" | "bezig";
const refusalMessages: Record<Refusal, string> = {
  "andere-website": "Dit verzoek kwam van een andere website en is geweigerd.",
  "te-groot": tooLargeMessage(DEFAULT_BYTE_LIMIT),
  "geen-bestand": "Kies een CSV-bestand om te importeren.",
  bezig: ALREADY_RUNNING,
};

function secured(response: Response): Response {
  response.headers.set("Content-Security-Policy", contentSecurityPolicy());
  for (const { key, value } of SECURITY_HEADERS) response.headers.set(key, value);
  response.headers.set("Cache-Control", "no-store");
  return response;
}

// The JavaScript upload asks for JSON; the plain form gets a redirect to a page (303: the browser then GETs it).
const wantsJson = (request: NextRequest) => (request.headers.get("accept") ?? "").includes("application/json");

function answer(request: NextRequest, status: number, body: { ok: boolean; importId?: number; message: string; problems?: unknown }) {
  if (wantsJson(request)) return NextResponse.json(body, { status });
  const target = body.importId ? `/apparaten/importen/${body.importId}` : `${FORM_PAGE}?melding=${refusalOf(body.message)}`;
  // A relative Location: behind a reverse proxy the server's own idea of its origin may be an internal one.
  return new Response(null, { status: 303, headers: { Location: target } });
}

const refusalOf = (message: string) => (Object.entries(refusalMessages).find(([, text]) => text === message)?.[0] ?? "geen-bestand") as Refusal;

const guarded = guardedRoute({ name: "inventory.import", permission: "devices.manage" }, async (request, { viewer, ip }) => {
  if (Number(request.headers.get("content-length") ?? 0) > DEFAULT_BYTE_LIMIT + FRAMING_BYTES) {
    return answer(request, 413, { ok: false, message: refusalMessages["te-groot"] });
  }
  const upload = await uploadFrom(request);
  if (!upload) return answer(request, 400, { ok: false, message: refusalMessages["geen-bestand"] });
  const result = await importInventory(getDb(), { actor: { id: viewer.id, name: viewer.name }, ip, fileName: upload.fileName, body: upload.body });
  if (result.ok) return answer(request, 200, { ok: true, importId: result.importId, message: "De inventaris is geïmporteerd." });
  return answer(request, result.importId ? 422 : 409, result);
});

export async function POST(request: NextRequest): Promise<Response> {
  if (isCrossSite(request)) return secured(answer(request, 403, { ok: false, message: refusalMessages["andere-website"] }));
  return secured(await guarded(request));
}
