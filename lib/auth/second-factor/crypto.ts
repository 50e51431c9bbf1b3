import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/** Thrown when a stored secret cannot be read: AUTH_SECRET changed, or the value was tampered with. */
export class SecretUnreadableError extends Error {
  constructor() {
    super("second factor secret unreadable");
  }
}

const VERSION = "v1";

// A key of its own for this purpose: the session cookies and device cookies use AUTH_SECRET otherwise.
function keyFrom(authSecret: string | undefined): Buffer {
  if (!authSecret) throw new Error("AUTH_SECRET is not set: the second factor cannot be stored or read.");
  return Buffer.from(hkdfSync("sha256", authSecret, "portal", "second-factor-secret/v1", 32));
}

/** AES-256-GCM: `v1.<iv>.<ciphertext>.<tag>`, base64url parts. The user id is bound in as associated data. */
export function encryptSecret(plain: string, userId: string, authSecret = process.env.AUTH_SECRET): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(authSecret), iv);
  cipher.setAAD(Buffer.from(userId));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

export function decryptSecret(stored: string, userId: string, authSecret = process.env.AUTH_SECRET): string {
  const [version, iv, body, tag] = stored.split(".");
  if (version !== VERSION || !iv || !body || !tag) throw new SecretUnreadableError();
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(authSecret), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretUnreadableError();
  }
}
