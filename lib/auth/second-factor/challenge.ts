import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, sql, sum } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { loginChallenges, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/chain";
import { deviceCookieAfterLogin } from "@/lib/auth/device-trust";
import { openSession } from "@/lib/auth/open-session";
import type { SecondFactorRefusal } from "./messages";
import { acceptCode, getSecondFactor, replaceRecoveryCodes, spendRecoveryCode, startEnrolment } from "./store";

export const CHALLENGE_COOKIE = "portal-second-factor";
export const CHALLENGE_MINUTES = 5;
/** Wrong codes per challenge; and over all challenges of one account within ACCOUNT_WINDOW_MINUTES. */
export const MAX_CODE_ATTEMPTS = 5;
export const MAX_ACCOUNT_CODE_FAILURES = 10;
export const ACCOUNT_WINDOW_MINUTES = 15;

export type ChallengePurpose = "verify" | "enroll";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Opens the step between password and session. Only the token's hash is stored; the browser holds the token. */
export async function createChallenge(
  tx: Tx,
  input: { userId: string; purpose: ChallengePurpose; ip: string | null; userAgent?: string | null; now: Date },
): Promise<{ token: string; expiresAt: Date }> {
  if (input.purpose === "enroll") await startEnrolment(tx, input.userId);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(input.now.getTime() + CHALLENGE_MINUTES * 60_000);
  await tx.insert(loginChallenges).values({
    tokenHash: hashToken(token),
    userId: input.userId,
    purpose: input.purpose,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 500) ?? null,
    createdAt: input.now,
    expiresAt,
  });
  return { token, expiresAt };
}

const challengeColumns = {
  id: loginChallenges.id,
  userId: loginChallenges.userId,
  purpose: loginChallenges.purpose,
  attempts: loginChallenges.attempts,
  createdAt: loginChallenges.createdAt,
  expiresAt: loginChallenges.expiresAt,
  usedAt: loginChallenges.usedAt,
  userName: users.name,
  userEmail: users.email,
  userActive: users.active,
};

/** The challenge as the page shows it; null when it is unknown, used, expired or spent. */
export async function readChallenge(db: Db, token: string | undefined | null, now = new Date()) {
  if (!token || token.length > 100) return null;
  const [row] = await db.select(challengeColumns).from(loginChallenges).innerJoin(users, eq(users.id, loginChallenges.userId)).where(eq(loginChallenges.tokenHash, hashToken(token)));
  if (!row || !isOpen(row, now)) return null;
  const factor = await getSecondFactor(db, row.userId);
  // Set up during this login: the recovery codes were shown, only "continue" is left.
  const enrolled = Boolean(factor?.confirmedAt && factor.confirmedAt >= row.createdAt);
  return { ...row, enrolled };
}

type Row = { usedAt: Date | null; expiresAt: Date; attempts: number; userActive: boolean };
const isOpen = (row: Row, now: Date) => !row.usedAt && row.expiresAt > now && row.attempts < MAX_CODE_ATTEMPTS && row.userActive;

async function lockChallenge(tx: Tx, token: string) {
  if (!token || token.length > 100) return null;
  const [challenge] = await tx.select().from(loginChallenges).where(eq(loginChallenges.tokenHash, hashToken(token))).for("update");
  if (!challenge) return null;
  const [user] = await tx.select({ name: users.name, email: users.email, active: users.active }).from(users).where(eq(users.id, challenge.userId));
  return { challenge, user };
}

/** Wrong codes over all of the account's recent challenges: fresh passwords do not buy fresh guesses. */
async function recentFailures(tx: Tx, userId: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - ACCOUNT_WINDOW_MINUTES * 60_000);
  const [row] = await tx.select({ n: sum(loginChallenges.attempts) }).from(loginChallenges).where(and(eq(loginChallenges.userId, userId), gt(loginChallenges.createdAt, since)));
  return Number(row?.n ?? 0);
}

export type SecondFactorStep =
  | { kind: "code"; code: string }
  | { kind: "recovery"; code: string }
  /** After setting up during login: the codes were shown and the person continues. */
  | { kind: "finish" };

export type StepInput = { token: string; ip: string | null; userAgent?: string | null; deviceCookie?: string | null; now?: Date };
export type SecondFactorOutcome =
  | { ok: true; user: { id: string; name: string; email: string }; sessionId: string; deviceCookie: string | null }
  | { ok: false; reason: SecondFactorRefusal };

const AUDIT_ACTION = { code: "auth.second_factor.verify", recovery: "auth.second_factor.recovery", finish: "auth.second_factor.verify" } as const;

/**
 * The second step of a login. The challenge row is locked, so parallel submissions on one challenge are
 * decided one by one (the first right one ends it); the replay guard in acceptCode covers other challenges.
 * A refusal counts as an attempt and is audited, both committed; only success opens the session.
 */
export async function completeSecondFactor(db: Db, step: SecondFactorStep, input: StepInput): Promise<SecondFactorOutcome> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx): Promise<SecondFactorOutcome> => {
    const found = await lockChallenge(tx, input.token);
    if (!found) return { ok: false, reason: "expired" };
    const { challenge, user } = found;
    const audit = (result: "success" | "failure" | "denied", after: Record<string, unknown>, objectId: string | null = challenge.id) =>
      writeAudit(tx, { actorId: challenge.userId, actorLabel: user.name, action: AUDIT_ACTION[step.kind], objectType: "session", objectId, result, ip: input.ip, after });
    const refuse = async (reason: SecondFactorRefusal, counts: boolean): Promise<SecondFactorOutcome> => {
      if (counts) await tx.update(loginChallenges).set({ attempts: sql`${loginChallenges.attempts} + 1` }).where(eq(loginChallenges.id, challenge.id));
      await audit(reason === "too_many" || reason === "expired" ? "denied" : "failure", { reason });
      return { ok: false, reason };
    };

    if (challenge.usedAt || challenge.expiresAt <= now || !user.active) return refuse("expired", false);
    if (challenge.attempts >= MAX_CODE_ATTEMPTS || (await recentFailures(tx, challenge.userId, now)) >= MAX_ACCOUNT_CODE_FAILURES) return refuse("too_many", false);

    if (step.kind === "finish") {
      const factor = await getSecondFactor(tx, challenge.userId);
      if (challenge.purpose !== "enroll" || !factor?.confirmedAt || factor.confirmedAt < challenge.createdAt) return refuse("not_enrolled", false);
    } else if (challenge.purpose === "enroll") {
      return refuse("not_enrolled", false);
    } else if (step.kind === "code") {
      const check = await acceptCode(tx, challenge.userId, step.code, now);
      if (check === "unreadable") return refuse("unreadable", false);
      if (check === "missing") return refuse("expired", false);
      if (check !== "accepted") return refuse(check, true);
    } else {
      const check = await spendRecoveryCode(tx, challenge.userId, step.code, now);
      if (check !== "accepted") return refuse(check === "used" ? "recovery_used" : "recovery_wrong", true);
    }

    await tx.update(loginChallenges).set({ usedAt: now }).where(eq(loginChallenges.id, challenge.id));
    const sessionId = await openSession(tx, { userId: challenge.userId, ip: input.ip, userAgent: input.userAgent, now });
    await audit("success", { challenge: challenge.id, way: step.kind === "recovery" ? "herstelcode" : step.kind === "finish" ? "net ingesteld" : "code" }, sessionId);
    return {
      ok: true,
      user: { id: challenge.userId, name: user.name, email: user.email },
      sessionId,
      deviceCookie: deviceCookieAfterLogin(input.deviceCookie, challenge.userId),
    };
  });
}

export type EnrolOutcome = { ok: true; recoveryCodes: string[] } | { ok: false; reason: SecondFactorRefusal };

/** Setting up during login (a ciso or beheerder without a factor): the first right code confirms it. No session yet. */
export async function confirmLoginEnrolment(db: Db, code: string, input: StepInput): Promise<EnrolOutcome> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx): Promise<EnrolOutcome> => {
    const found = await lockChallenge(tx, input.token);
    if (!found) return { ok: false, reason: "expired" };
    const { challenge, user } = found;
    const audit = (result: "success" | "failure" | "denied", after: Record<string, unknown>) =>
      writeAudit(tx, { actorId: challenge.userId, actorLabel: user.name, action: "auth.second_factor.enroll", objectType: "user", objectId: challenge.userId, result, ip: input.ip, after });
    const refuse = async (reason: SecondFactorRefusal, counts: boolean): Promise<EnrolOutcome> => {
      if (counts) await tx.update(loginChallenges).set({ attempts: sql`${loginChallenges.attempts} + 1` }).where(eq(loginChallenges.id, challenge.id));
      await audit(counts ? "failure" : "denied", { reason, challenge: challenge.id });
      return { ok: false, reason };
    };
    if (challenge.usedAt || challenge.expiresAt <= now || !user.active || challenge.purpose !== "enroll") return refuse("expired", false);
    if (challenge.attempts >= MAX_CODE_ATTEMPTS || (await recentFailures(tx, challenge.userId, now)) >= MAX_ACCOUNT_CODE_FAILURES) return refuse("too_many", false);
    const check = await acceptCode(tx, challenge.userId, code, now, { confirm: true });
    if (check === "missing") return refuse("expired", false);
    if (check === "unreadable") return refuse("unreadable", false);
    if (check !== "accepted") return refuse(check, true);
    const recoveryCodes = await replaceRecoveryCodes(tx, challenge.userId, now);
    await audit("success", { during: "inloggen", challenge: challenge.id, recoveryCodes: recoveryCodes.length });
    return { ok: true, recoveryCodes };
  });
}
