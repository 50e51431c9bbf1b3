import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/chain";
import { deviceCookieAfterLogin, trustedDeviceId } from "@/lib/auth/device-trust";
import { reserveLoginAttempt, settleLoginAttempt, type LockScope } from "@/lib/auth/login-throttle";
import { openSession } from "@/lib/auth/open-session";
import { verifyPassword } from "@/lib/auth/passwords";
import { ABSOLUTE_HOURS } from "@/lib/sessions/limits";
import { createChallenge, type ChallengePurpose } from "@/lib/auth/second-factor/challenge";
import { getSecondFactor, mustHaveSecondFactor } from "@/lib/auth/second-factor/store";

/** The longest a session can last (the highest absolute limit an organisation may set): the cookie's lifetime. */
export const SESSION_HOURS = ABSOLUTE_HOURS.max;

export type LoginInput = { email: string; password: string; ip: string | null; deviceCookie?: string | null; userAgent?: string | null };
export type LoginDeps = {
  verify?: (passwordHash: string | null, password: string) => Promise<boolean>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
};
export type LoginOutcome =
  | { ok: true; user: { id: string; name: string; email: string }; sessionId: string; deviceCookie: string | null }
  | { ok: false; reason: "invalid" }
  /** The password was right, but a second factor must be verified (or set up) before a session exists. */
  | { ok: false; reason: "second_factor"; purpose: ChallengePurpose; challengeToken: string; expiresAt: Date }
  | { ok: false; reason: "locked"; scope: LockScope; until: Date };

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One login attempt: the budget is reserved under a per-account lock before the hash is touched, the
 * password is checked outside any transaction, and the outcome, audit row and session are written together.
 * `email` must already be trimmed and lower-cased.
 */
export async function attemptLogin(db: Db, input: LoginInput, deps: LoginDeps = {}): Promise<LoginOutcome> {
  const { verify = verifyPassword, sleep = sleepFor } = deps;
  const now = deps.now?.() ?? new Date();
  const { email, password, ip } = input;

  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, passwordHash: users.passwordHash, active: users.active, roles: users.roles })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  const deviceId = user ? trustedDeviceId(input.deviceCookie, user.id) : null;

  const reservation = await reserveLoginAttempt(db, { email, ip, deviceId }, now);
  if (!reservation.admitted) {
    await db.transaction((tx) =>
      writeAudit(tx, {
        actorId: user?.id ?? null, actorLabel: user?.name ?? email, action: "auth.login", objectType: "session", result: "denied", ip,
        after: { reason: reservation.scope === "device" ? "te veel mislukte pogingen op dit apparaat" : "te veel mislukte pogingen vanaf nieuwe apparaten", until: reservation.until },
      }),
    );
    return { ok: false, reason: "locked", scope: reservation.scope, until: reservation.until };
  }

  if (reservation.delayMs > 0) await sleep(reservation.delayMs);
  let passwordOk = false;
  try {
    passwordOk = await verify(user?.passwordHash ?? null, password);
  } catch {
    passwordOk = false;
  }
  const succeeded = Boolean(user && user.active && passwordOk);

  return db.transaction(async (tx): Promise<LoginOutcome> => {
    await settleLoginAttempt(tx, reservation.attemptId, succeeded);
    const factor = succeeded && user ? await getSecondFactor(tx, user.id) : null;
    const purpose: ChallengePurpose | null = factor?.confirmedAt ? "verify" : user && succeeded && mustHaveSecondFactor(user.roles) ? "enroll" : null;
    if (purpose && user) {
      const challenge = await createChallenge(tx, { userId: user.id, purpose, ip, userAgent: input.userAgent, now });
      await writeAudit(tx, {
        actorId: user.id, actorLabel: user.name, action: "auth.second_factor.challenge", objectType: "session", result: "success", ip, after: { purpose, expiresAt: challenge.expiresAt },
      });
      return { ok: false, reason: "second_factor", purpose, challengeToken: challenge.token, expiresAt: challenge.expiresAt };
    }
    await writeAudit(tx, {
      actorId: user?.id ?? null, actorLabel: user?.name ?? email, action: "auth.login", objectType: "session", result: succeeded ? "success" : "failure", ip,
    });
    if (!succeeded || !user) return { ok: false, reason: "invalid" };
    const sessionId = await openSession(tx, { userId: user.id, ip, userAgent: input.userAgent, now });
    return {
      ok: true,
      user: { id: user.id, name: user.name, email: user.email },
      sessionId,
      deviceCookie: deviceCookieAfterLogin(input.deviceCookie, user.id),
    };
  });
}
