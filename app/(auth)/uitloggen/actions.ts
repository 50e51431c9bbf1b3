"use server";

import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { userSessions } from "@/db/schema";
import { writeAudit } from "@/lib/audit/chain";
import { signOut } from "@/lib/auth/next-auth";
import { clientIp } from "@/lib/request";
import { getViewer } from "@/lib/auth/session";

/** Ends the server-side session as well as the cookie, so a copied cookie is worthless afterwards. */
export async function logoutAction() {
  const viewer = await getViewer();
  if (viewer) {
    const ip = await clientIp();
    await getDb().transaction(async (tx) => {
      await tx.update(userSessions).set({ endedAt: new Date() }).where(eq(userSessions.id, viewer.sessionId));
      await writeAudit(tx, { actorId: viewer.id, actorLabel: viewer.name, action: "auth.logout", objectType: "session", objectId: viewer.sessionId, result: "success", ip });
    });
  }
  await signOut({ redirectTo: "/inloggen?uitgelogd=1" });
}
