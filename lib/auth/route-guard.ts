import "server-only";
import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { writeRefusalAudit } from "@/lib/audit/refusals";
import { can, type Permission } from "@/lib/auth/permissions";
import { getViewer, type Viewer } from "@/lib/auth/session";
import { clientIpFrom } from "@/lib/request";

export type RouteContext<P> = { viewer: Viewer; ip: string | null; params: P };

const plain = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * The one guard for route handlers that need a login (downloads), the counterpart of action(): the
 * session and the permission are checked on every request, a refusal is logged as the actions log it,
 * and the answer is a Dutch 401 or 403. The proxy and the pages that link here are no protection.
 */
export function guardedRoute<P = Record<string, never>>(
  options: { name: string; permission: Permission },
  handler: (request: NextRequest, ctx: RouteContext<P>) => Promise<Response>,
) {
  return async function GET(request: NextRequest, context?: { params: Promise<P> }): Promise<Response> {
    const ip = clientIpFrom(request.headers);
    const viewer = await getViewer();
    if (!viewer || !can(viewer.roles, options.permission)) {
      await writeRefusalAudit(getDb(), {
        actorId: viewer?.id ?? null,
        actorLabel: viewer?.name ?? "anoniem",
        action: options.name,
        objectType: "permission",
        objectId: options.permission,
        result: "denied",
        ip,
      });
      return viewer
        ? plain(403, "Geen toegang. U heeft geen toestemming voor dit bestand. Denkt u dat dit niet klopt? Neem contact op met de beheerder van het portaal.")
        : plain(401, "U bent niet ingelogd. Log in en probeer het opnieuw.");
    }
    return handler(request, { viewer, ip, params: context ? await context.params : ({} as P) });
  };
}
