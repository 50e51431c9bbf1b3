import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { organisation, userSessions, users } from "@/db/schema";
import { cleanUserAgent } from "@/lib/sessions/user-agent";

export type OpenSessionInput = {
  userId: string;
  ip: string | null;
  userAgent?: string | null;
  now: Date;
  /** Signed in through the identity provider: kept for logging out there too. */
  provider?: { issuer: string; idToken: string | null };
};

/**
 * The one place a session row is written, whatever the way in (password, second factor, identity provider).
 * It expires after the organisation's absolute limit as it stands now; a lower limit set later ends it sooner.
 */
export async function openSession(tx: Tx, input: OpenSessionInput): Promise<string> {
  const { now } = input;
  const [settings] = await tx.select({ hours: organisation.sessionAbsoluteHours }).from(organisation).where(eq(organisation.id, 1));
  const hours = settings?.hours ?? 10;
  const [session] = await tx
    .insert(userSessions)
    .values({
      userId: input.userId,
      ip: input.ip,
      userAgent: cleanUserAgent(input.userAgent),
      createdAt: now,
      lastActiveAt: now,
      expiresAt: new Date(now.getTime() + hours * 3600_000),
      providerIssuer: input.provider?.issuer ?? null,
      providerIdToken: input.provider?.idToken ?? null,
    })
    .returning({ id: userSessions.id });
  await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, input.userId));
  return session.id;
}
