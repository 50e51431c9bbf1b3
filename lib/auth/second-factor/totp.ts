import { Secret, TOTP } from "otpauth";

export const PERIOD_SECONDS = 30;
export const DIGITS = 6;
const ISSUER = "Portaal apps uit risicolanden";

/** A new random secret (160 bits, as RFC 4226 recommends), in base32 as authenticator apps show it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

// SHA-1, 6 digits, 30 seconds: the settings every authenticator app understands.
function totp(secret: string, label = "") {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: DIGITS, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
}

export const stepAt = (now: Date) => Math.floor(now.getTime() / 1000 / PERIOD_SECONDS);

/** The time step the code belongs to (now, one before or one after), or null when it is not a valid code. */
export function matchingStep(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secret).validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : stepAt(now) + delta;
}

/** The code for a moment; used by tests, the demo and e2e. */
export function codeAt(secret: string, now: Date): string {
  return totp(secret).generate({ timestamp: now.getTime() });
}

/** The otpauth:// address the QR code holds. */
export function otpauthUri(secret: string, accountLabel: string): string {
  return totp(secret, accountLabel).toString();
}

/** "ABCD EFGH …": easier to type over from the screen. */
export const groupedSecret = (secret: string) => secret.replace(/(.{4})(?=.)/g, "$1 ");
