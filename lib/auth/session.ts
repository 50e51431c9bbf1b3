import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/db";
import type { Role } from "@/db/schema";
import { findLiveSession } from "@/lib/auth/live-session";
import { auth } from "@/lib/auth/next-auth";
import { writeRefusalAudit } from "@/lib/audit/refusals";
import { can, type Permission } from "@/lib/auth/permissions";
import { clientIp } from "@/lib/request";

export type Viewer = { id: string; name: string; email: string; roles: Role[]; sessionId: string };

/**
 * The signed-in person, read from the database on every request: a deactivated user or an ended
 * session loses access at once, whatever the cookie still says.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = (await auth()) as { sessionId?: string } | null;
  const sessionId = session?.sessionId;
  const row = await findLiveSession(getDb(), sessionId);
  return row && sessionId ? { ...row, sessionId } : null;
});

/** For pages: sends anonymous visitors to the login page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/inloggen");
  return viewer;
}

/** For pages: the viewer, if the permission map allows; otherwise the 403 page, and the attempt is logged. */
export async function requirePermission(permission: Permission): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!can(viewer.roles, permission)) {
    await writeRefusalAudit(getDb(), {
      actorId: viewer.id, actorLabel: viewer.name, action: "page.open", objectType: "permission", objectId: permission, result: "denied", ip: await clientIp(),
    });
    forbidden();
  }
  return viewer;
}
