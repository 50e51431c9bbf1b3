import { and, count, desc, eq, gt, isNull, max, not, sql } from "drizzle-orm";
import { loginAttempts } from "@/db/schema";
import type { Db, Tx } from "@/db/client";

export const THROTTLE_WINDOW_MINUTES = 15;
/** Failures allowed per account from unknown browsers, and per trusted browser, within the window. */
export const MAX_FAILURES = 5;
const FREE_FAILURES = 2;
const ADDRESS_FAILURES_PER_STEP = 4;
const DELAY_STEP_MS = 500;
const MAX_DELAY_MS = 2000;
/** The address column's value when no trusted proxy told us the client's address. */
export const UNKNOWN_ADDRESS = "onbekend";
// Second key of pg_advisory_xact_lock(int, int): its own key space, apart from the one-key locks elsewhere.
const LOGIN_LOCK_CLASS = 5_2026;

export type AttemptKey = { email: string; ip: string | null; deviceId: string | null };
export type LockScope = "account" | "device";
export type Reservation =
  | { admitted: true; attemptId: number; delayMs: number }
  | { admitted: false; scope: LockScope; until: Date };

/** An attempt still being checked (succeeded is null) counts as a failure. */
const notSucceeded = sql`${loginAttempts.succeeded} is not true`;

/** Failures in the attempt's budget since the window start or the budget's last success, newest first. */
async function budgetFailures(tx: Tx, key: AttemptKey, windowStart: Date): Promise<Date[]> {
  const budget = and(
    eq(loginAttempts.email, key.email),
    key.deviceId ? eq(loginAttempts.deviceId, key.deviceId) : isNull(loginAttempts.deviceId),
  );
  const [lastSuccess] = await tx
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(budget, eq(loginAttempts.succeeded, true), gt(loginAttempts.at, windowStart)));
  const since = lastSuccess?.at && lastSuccess.at > windowStart ? lastSuccess.at : windowStart;
  const rows = await tx
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(budget, notSucceeded, gt(loginAttempts.at, since)))
    .orderBy(desc(loginAttempts.at))
    .limit(MAX_FAILURES);
  return rows.map((r) => r.at);
}

async function addressFailures(tx: Tx, ip: string, windowStart: Date): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), not(eq(loginAttempts.succeeded, true)), gt(loginAttempts.at, windowStart)));
  return row?.n ?? 0;
}

/** Failures of the account's own budget slow down a little; an address with many failures only slows down too. */
export function delayFor(budgetFailureCount: number, addressFailureCount: number): number {
  const steps = Math.max(budgetFailureCount - FREE_FAILURES, Math.floor(addressFailureCount / ADDRESS_FAILURES_PER_STEP) - FREE_FAILURES, 0);
  return Math.min(steps * DELAY_STEP_MS, MAX_DELAY_MS);
}

/**
 * Count → decide → record, atomic per account: a transaction-scoped advisory lock on the e-mail address
 * serialises attempts for one account on both databases, and the attempt is recorded as "in flight"
 * before the password is checked. So a burst of parallel guesses lets at most MAX_FAILURES reach the hash.
 */
export async function reserveLoginAttempt(db: Db, key: AttemptKey, now = new Date()): Promise<Reservation> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
  const ip = key.ip ?? UNKNOWN_ADDRESS;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOGIN_LOCK_CLASS}, hashtext(${key.email}))`);
    const failures = await budgetFailures(tx, key, windowStart);
    if (failures.length >= MAX_FAILURES) {
      // The lock lifts when the oldest of the last MAX_FAILURES failures leaves the window.
      const oldest = failures[MAX_FAILURES - 1];
      return { admitted: false, scope: key.deviceId ? "device" : "account", until: new Date(oldest.getTime() + THROTTLE_WINDOW_MINUTES * 60_000) };
    }
    const fromAddress = await addressFailures(tx, ip, windowStart);
    const [row] = await tx
      .insert(loginAttempts)
      .values({ email: key.email, ip, deviceId: key.deviceId, succeeded: null, at: now })
      .returning({ id: loginAttempts.id });
    return { admitted: true, attemptId: row.id, delayMs: delayFor(failures.length, fromAddress) };
  });
}

/** Records the outcome of an admitted attempt; call it in the transaction that writes the audit row. */
export async function settleLoginAttempt(tx: Db | Tx, attemptId: number, succeeded: boolean) {
  await tx.update(loginAttempts).set({ succeeded }).where(eq(loginAttempts.id, attemptId));
}
