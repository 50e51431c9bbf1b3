import { and, count, eq, gt, max } from "drizzle-orm";
import { loginAttempts } from "@/db/schema";
import type { Db, Tx } from "@/db/client";

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;
const FREE_FAILURES = 2;

export type ThrottleDecision = { locked: boolean; delayMs: number };

/** Failures since the last success within the window decide: first a growing delay, then a refusal. */
export function decideThrottle(accountFailures: number, ipFailures: number): ThrottleDecision {
  if (accountFailures >= MAX_FAILURES_PER_ACCOUNT || ipFailures >= MAX_FAILURES_PER_IP) {
    return { locked: true, delayMs: 0 };
  }
  const extra = Math.max(accountFailures, Math.floor(ipFailures / 4)) - FREE_FAILURES;
  return { locked: false, delayMs: extra > 0 ? Math.min(extra * 500, 2000) : 0 };
}

async function failuresSince(db: Db, column: typeof loginAttempts.email | typeof loginAttempts.ip, value: string) {
  const windowStart = new Date(Date.now() - THROTTLE_WINDOW_MINUTES * 60_000);
  const [lastSuccess] = await db
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(column, value), eq(loginAttempts.succeeded, true), gt(loginAttempts.at, windowStart)));
  const since = lastSuccess?.at && lastSuccess.at > windowStart ? lastSuccess.at : windowStart;
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(column, value), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return row?.n ?? 0;
}

export async function checkLoginThrottle(db: Db, email: string, ip: string): Promise<ThrottleDecision> {
  const [accountFailures, ipFailures] = await Promise.all([
    failuresSince(db, loginAttempts.email, email),
    failuresSince(db, loginAttempts.ip, ip),
  ]);
  return decideThrottle(accountFailures, ipFailures);
}

export async function recordLoginAttempt(db: Db | Tx, email: string, ip: string, succeeded: boolean) {
  await db.insert(loginAttempts).values({ email, ip, succeeded });
}
