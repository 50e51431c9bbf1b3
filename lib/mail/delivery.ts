/** Wait before the next attempt: 1 minute after the first failure, then 2, 4, 8 … at most an hour. */
export function nextAttemptAfter(attempts: number, now: Date): Date {
  const minutes = Math.min(60, 2 ** Math.max(0, attempts - 1));
  return new Date(now.getTime() + minutes * 60_000);
}

/**
 * A Message-ID that stays the same for every attempt at one outbox message, so a duplicate after a
 * crash can be recognised by whoever receives it.
 */
export function messageIdFor(message: { id: number; createdAt: Date }, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? "portaal.invalid";
  return `<outbox-${message.id}-${message.createdAt.getTime()}@${domain}>`;
}

// Codes nodemailer gives when the server itself is not there (as opposed to refusing one message).
const UNREACHABLE = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ECONNREFUSED", "EGREETING"]);

/**
 * What is stored as last_error: the error code and the server's first line, short. The configuration
 * (user, password) is never part of it; a reply that echoes a credential is cut off at 200 characters
 * and the configured password is masked in case a server repeats it.
 */
export function describeMailError(error: unknown, env: Record<string, string | undefined> = process.env): { text: string; unreachable: boolean } {
  const e = error as { code?: string; responseCode?: number; message?: string };
  let text = [e.code, e.responseCode, (e.message ?? String(error)).split("\n")[0]].filter(Boolean).join(" ");
  const password = env.SMTP_PASSWORD;
  if (password && password.length >= 4) text = text.split(password).join("***");
  return { text: text.slice(0, 200), unreachable: UNREACHABLE.has(e.code ?? "") };
}
