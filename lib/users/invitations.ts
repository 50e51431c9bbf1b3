import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { userInvitations, userSessions, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/chain";
import { hashPassword } from "@/lib/auth/passwords";

export const INVITATION_DAYS = 7;

// Only the hash is stored: someone who reads the database (or a backup) cannot use an open invitation.
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const activationPath = (token: string) => `/activeren/${token}`;

/**
 * Makes a new one-time activation token for the user and withdraws any earlier open one, so only
 * the newest link works. The token itself is returned once and never stored.
 */
export async function createInvitation(tx: Tx, userId: string, now = new Date()) {
  const withdrawn = await tx
    .update(userInvitations)
    .set({ expiresAt: now })
    .where(and(eq(userInvitations.userId, userId), isNull(userInvitations.usedAt), gt(userInvitations.expiresAt, now)))
    .returning({ id: userInvitations.id });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 3600_000);
  const [invitation] = await tx
    .insert(userInvitations)
    .values({ userId, tokenHash: hashToken(token), createdAt: now, expiresAt })
    .returning({ id: userInvitations.id });
  return { token, invitationId: invitation.id, expiresAt, withdrawn: withdrawn.length };
}

/** How an invitation appears in the audit log: never the token, only its id, end date and what it withdrew. */
export const invitationAuditFields = (invitation: { invitationId: number; expiresAt: Date; withdrawn: number }) => ({
  invitationId: invitation.invitationId,
  expiresAt: invitation.expiresAt,
  withdrawnInvitations: invitation.withdrawn,
});

export type InvitationProblem = "unknown" | "used" | "expired" | "inactive";
export type InvitationCheck =
  | { ok: true; invitationId: number; userId: string; name: string; email: string }
  | { ok: false; problem: InvitationProblem; userId?: string; name?: string };

// A token is 43 base64url characters; anything else is not worth a query.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Whether a token from a link can still be used; `lock` holds the row until the transaction ends. */
export async function checkInvitation(db: Db | Tx, token: string, { now = new Date(), lock = false } = {}): Promise<InvitationCheck> {
  if (!TOKEN_SHAPE.test(token)) return { ok: false, problem: "unknown" };
  const query = db
    .select({
      invitationId: userInvitations.id,
      usedAt: userInvitations.usedAt,
      expiresAt: userInvitations.expiresAt,
      userId: users.id,
      name: users.name,
      email: users.email,
      active: users.active,
    })
    .from(userInvitations)
    .innerJoin(users, eq(users.id, userInvitations.userId))
    .where(eq(userInvitations.tokenHash, hashToken(token)));
  const [row] = lock ? await query.for("update", { of: userInvitations }) : await query;
  if (!row) return { ok: false, problem: "unknown" };
  const known = { userId: row.userId, name: row.name };
  if (row.usedAt) return { ok: false, problem: "used", ...known };
  if (row.expiresAt <= now) return { ok: false, problem: "expired", ...known };
  if (!row.active) return { ok: false, problem: "inactive", ...known };
  return { ok: true, invitationId: row.invitationId, userId: row.userId, name: row.name, email: row.email };
}

/**
 * Sets the password chosen through an invitation: the check, the password, the used mark, the end of
 * earlier sessions and the audit row form one transaction, so a link works exactly once.
 */
export async function activateAccount(db: Db, input: { token: string; password: string; ip: string | null; now?: Date }): Promise<InvitationCheck> {
  const now = input.now ?? new Date();
  const first = await checkInvitation(db, input.token, { now });
  // Hashing takes a moment; do it before the transaction so the row lock stays short.
  const passwordHash = first.ok ? await hashPassword(input.password) : null;
  const result: InvitationCheck = !first.ok || !passwordHash ? first : await db.transaction(async (tx) => {
    // The account first, then the link: the order a deactivation and a new link lock them in too, so
    // they wait for each other instead of deadlocking, and "account still active" holds until commit.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, first.userId)).for("update");
    // Checked again under a row lock: of two requests with the same link, only one gets through.
    const check = await checkInvitation(tx, input.token, { now, lock: true });
    if (!check.ok) return check;
    await tx.update(userInvitations).set({ usedAt: now }).where(eq(userInvitations.id, check.invitationId));
    await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, check.userId));
    // A reset password must also shut out whoever may have used the old one.
    const ended = await tx
      .update(userSessions)
      .set({ endedAt: now })
      .where(and(eq(userSessions.userId, check.userId), isNull(userSessions.endedAt)))
      .returning({ id: userSessions.id });
    await writeAudit(tx, {
      actorId: check.userId,
      actorLabel: check.name,
      action: "user.activate",
      objectType: "user",
      objectId: check.userId,
      result: "success",
      ip: input.ip,
      after: { invitationId: check.invitationId, passwordSet: true, endedSessions: ended.length },
    });
    return check;
  });
  if (!result.ok && result.userId) await refuseActivation(db, result, input.ip);
  return result;
}

const problemLabels: Record<InvitationProblem, string> = {
  unknown: "onbekende link",
  used: "link is al gebruikt",
  expired: "link is verlopen",
  inactive: "account is gedeactiveerd",
};

async function refuseActivation(db: Db, check: Extract<InvitationCheck, { ok: false }>, ip: string | null) {
  await db.transaction((tx) =>
    writeAudit(tx, {
      actorId: null,
      actorLabel: "anoniem (activeringslink)",
      action: "user.activate",
      objectType: "user",
      objectId: check.userId,
      result: "denied",
      ip,
      after: { reason: problemLabels[check.problem] },
    }),
  );
}

/** The portal's address as configured (AUTH_URL, then APP_URL), or null when none is set. */
export function configuredOrigin(env: Record<string, string | undefined> = process.env): string | null {
  const value = env.AUTH_URL || env.APP_URL;
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}
