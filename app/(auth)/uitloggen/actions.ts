"use server";

import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { userSessions } from "@/db/schema";
import { writeAudit } from "@/lib/audit/chain";
import { signOut } from "@/lib/auth/next-auth";
import { providerLogoutUrl } from "@/lib/auth/oidc/logout";
import { clientIp } from "@/lib/request";
import { getViewer } from "@/lib/auth/session";

/**
 * Ends the server-side session as well as the cookie, so a copied cookie is worthless afterwards. A session
 * that came from the identity provider is ended there too: the browser goes on to its logout page.
 */
export async function logoutAction() {
  const viewer = await getViewer();
  let providerSession: { issuer: string | null; idToken: string | null } | null = null;
  if (viewer) {
    const ip = await clientIp();
    providerSession = await getDb().transaction(async (tx) => {
      const [ended] = await tx
        .select({ issuer: userSessions.providerIssuer, idToken: userSessions.providerIdToken })
        .from(userSessions)
        .where(eq(userSessions.id, viewer.sessionId));
      // The ID token is kept only for this moment; an ended session does not need it any more.
      await tx.update(userSessions).set({ endedAt: new Date(), providerIdToken: null }).where(eq(userSessions.id, viewer.sessionId));
      await writeAudit(tx, { actorId: viewer.id, actorLabel: viewer.name, action: "auth.logout", objectType: "session", objectId: viewer.sessionId, result: "success", ip });
      return ended ?? null;
    });
  }
  const providerUrl = providerSession ? await providerLogoutUrl(providerSession, await portalOrigin()) : null;
  if (!providerUrl) await signOut({ redirectTo: "/inloggen?uitgelogd=1" });
  await signOut({ redirect: false });
  redirect(providerUrl!);
}

async function portalOrigin() {
  if (process.env.AUTH_URL) return new URL(process.env.AUTH_URL).origin;
  const h = await headers();
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${proto}://${h.get("x-forwarded-host") ?? h.get("host")}`;
}
