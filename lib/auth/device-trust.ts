import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * OWASP "device cookies": a browser that logged in to an account before carries a signed device id for it.
 * Its failed attempts count against its own small budget, so nobody can lock a colleague out of the
 * browser they always use, while guessing from anywhere else stays bounded per account.
 */
export const DEVICE_COOKIE = "portal-device";
export const DEVICE_COOKIE_DAYS = 180;
const MAX_ACCOUNTS_PER_BROWSER = 5;

function mac(secret: string, userId: string, deviceId: string): string {
  return createHmac("sha256", secret).update(`device-cookie\n${userId}\n${deviceId}`).digest("base64url");
}

type Entry = { userId: string; deviceId: string; signature: string };

function entries(cookie: string | undefined | null, secret: string): Entry[] {
  return (cookie ?? "")
    .split("~")
    .map((part) => part.split("."))
    .filter((p): p is [string, string, string] => p.length === 3 && /^[0-9a-f-]{36}$/i.test(p[0]) && /^[\w-]{22}$/.test(p[1]))
    .map(([userId, deviceId, signature]) => ({ userId, deviceId, signature }))
    .filter((e) => {
      const expected = Buffer.from(mac(secret, e.userId, e.deviceId));
      const given = Buffer.from(e.signature);
      return expected.length === given.length && timingSafeEqual(expected, given);
    });
}

/** The device id this browser holds for the account, if its signature is right; otherwise null. */
export function trustedDeviceId(cookie: string | undefined | null, userId: string, secret = process.env.AUTH_SECRET): string | null {
  if (!secret) return null;
  return entries(cookie, secret).find((e) => e.userId === userId)?.deviceId ?? null;
}

/** The cookie value after a successful login: this account first (keeping its device id), others kept. */
export function deviceCookieAfterLogin(cookie: string | undefined | null, userId: string, secret = process.env.AUTH_SECRET): string | null {
  if (!secret) return null;
  const known = entries(cookie, secret);
  const deviceId = known.find((e) => e.userId === userId)?.deviceId ?? randomBytes(16).toString("base64url");
  const others = known.filter((e) => e.userId !== userId).slice(0, MAX_ACCOUNTS_PER_BROWSER - 1);
  return [{ userId, deviceId, signature: mac(secret, userId, deviceId) }, ...others]
    .map((e) => `${e.userId}.${e.deviceId}.${e.signature}`)
    .join("~");
}

/** Reads one cookie from a Cookie header. */
export function cookieFrom(cookieHeader: string | null, name: string): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join("="));
    } catch {
      return undefined;
    }
  }
  return undefined;
}
