import { and, count, eq, isNotNull, isNull, lt } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { recoveryCodes, secondFactors } from "@/db/schema";
import type { Role } from "@/db/schema/enums";
import { decryptSecret, encryptSecret, SecretUnreadableError } from "./crypto";
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from "./recovery-codes";
import { matchingStep, newTotpSecret } from "./totp";

type Reader = Db | Tx;

/** Who must have a second factor to log in with a password (BIO2, ASVS L2: administrative accounts). */
export const mustHaveSecondFactor = (roles: readonly Role[]) => roles.includes("ciso") || roles.includes("beheerder");

export async function getSecondFactor(db: Reader, userId: string) {
  const [row] = await db
    .select({ confirmedAt: secondFactors.confirmedAt, createdAt: secondFactors.createdAt, secretEncrypted: secondFactors.secretEncrypted })
    .from(secondFactors)
    .where(eq(secondFactors.userId, userId));
  return row ?? null;
}

export async function countUnusedRecoveryCodes(db: Reader, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(recoveryCodes).where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}

/**
 * The secret being set up: the one not yet confirmed (so a QR code already scanned stays valid), or a new one.
 * Null when the person already has a confirmed factor. A secret that no longer decrypts is replaced.
 */
export async function startEnrolment(tx: Tx, userId: string): Promise<string | null> {
  const fresh = newTotpSecret();
  await tx.insert(secondFactors).values({ userId, secretEncrypted: encryptSecret(fresh, userId) }).onConflictDoNothing();
  const [row] = await tx.select().from(secondFactors).where(eq(secondFactors.userId, userId)).for("update");
  if (row.confirmedAt) return null;
  try {
    return decryptSecret(row.secretEncrypted, userId);
  } catch (error) {
    if (!(error instanceof SecretUnreadableError)) throw error;
    await tx.update(secondFactors).set({ secretEncrypted: encryptSecret(fresh, userId) }).where(eq(secondFactors.userId, userId));
    return fresh;
  }
}

/** The secret of a factor being set up (not confirmed), for showing its QR code; null when there is none. */
export async function pendingSecret(db: Reader, userId: string): Promise<string | null> {
  const factor = await getSecondFactor(db, userId);
  if (!factor || factor.confirmedAt) return null;
  try {
    return decryptSecret(factor.secretEncrypted, userId);
  } catch {
    return null;
  }
}

export type CodeCheck = "accepted" | "wrong" | "replayed" | "unreadable" | "missing";

/**
 * Checks a 6-digit code. Accepted only by moving last_used_step forward in one UPDATE: of parallel
 * submissions of one code (or of an older one) exactly one row update succeeds, the rest are replays.
 * `confirm` is for setting up: only an unconfirmed factor, which the code then confirms.
 */
export async function acceptCode(tx: Tx, userId: string, code: string, now: Date, options: { confirm?: boolean } = {}): Promise<CodeCheck> {
  const factor = await getSecondFactor(tx, userId);
  if (!factor || Boolean(factor.confirmedAt) === Boolean(options.confirm)) return "missing";
  let secret: string;
  try {
    secret = decryptSecret(factor.secretEncrypted, userId);
  } catch (error) {
    if (error instanceof SecretUnreadableError) return "unreadable";
    throw error;
  }
  const step = matchingStep(secret, code.replace(/\s/g, ""), now);
  if (step === null) return "wrong";
  const updated = await tx
    .update(secondFactors)
    .set(options.confirm ? { lastUsedStep: step, confirmedAt: now } : { lastUsedStep: step })
    .where(
      and(
        eq(secondFactors.userId, userId),
        lt(secondFactors.lastUsedStep, step),
        options.confirm ? isNull(secondFactors.confirmedAt) : isNotNull(secondFactors.confirmedAt),
      ),
    )
    .returning({ userId: secondFactors.userId });
  return updated.length === 1 ? "accepted" : "replayed";
}

/** Ten new codes, shown once; the old ones stop working. Only hashes are stored. */
export async function replaceRecoveryCodes(tx: Tx, userId: string, now: Date): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code), createdAt: now })));
  return codes;
}

export type RecoveryCheck = "accepted" | "wrong" | "used";

/** Spends a recovery code: UPDATE … WHERE used_at IS NULL, so a code works once even under parallel use. */
export async function spendRecoveryCode(tx: Tx, userId: string, code: string, now: Date): Promise<RecoveryCheck> {
  if (normaliseRecoveryCode(code).length !== 10) return "wrong";
  const codeHash = hashRecoveryCode(code);
  const spent = await tx
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  if (spent.length === 1) return "accepted";
  const [known] = await tx.select({ id: recoveryCodes.id }).from(recoveryCodes).where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash)));
  return known ? "used" : "wrong";
}

/** Removes the factor and its recovery codes; returns whether there was a factor. */
export async function removeSecondFactor(tx: Tx, userId: string): Promise<boolean> {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  const removed = await tx.delete(secondFactors).where(eq(secondFactors.userId, userId)).returning({ userId: secondFactors.userId });
  return removed.length > 0;
}
