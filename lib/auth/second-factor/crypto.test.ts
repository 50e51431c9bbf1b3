import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, SecretUnreadableError } from "./crypto";
import { codeAt, matchingStep, newTotpSecret, stepAt } from "./totp";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes";

const KEY = "one-auth-secret-0123456789abcdef0123456789";
const USER = "0b5d6f4e-8c1a-4e57-9a51-1f2b3c4d5e6f";

describe("secret encryption", () => {
  it("round-trips, with a fresh IV each time", () => {
    const secret = newTotpSecret();
    const a = encryptSecret(secret, USER, KEY);
    const b = encryptSecret(secret, USER, KEY);
    expect(a).not.toBe(b);
    expect(a).not.toContain(secret);
    expect(decryptSecret(a, USER, KEY)).toBe(secret);
  });

  it("refuses another AUTH_SECRET, another user and a changed byte", () => {
    const stored = encryptSecret(newTotpSecret(), USER, KEY);
    expect(() => decryptSecret(stored, USER, `${KEY}-rotated`)).toThrow(SecretUnreadableError);
    expect(() => decryptSecret(stored, "11111111-1111-4111-8111-111111111111", KEY)).toThrow(SecretUnreadableError);
    const [v, iv, body, tag] = stored.split(".");
    const flipped = body.startsWith("A") ? `B${body.slice(1)}` : `A${body.slice(1)}`;
    expect(() => decryptSecret([v, iv, flipped, tag].join("."), USER, KEY)).toThrow(SecretUnreadableError);
    expect(() => decryptSecret("garbage", USER, KEY)).toThrow(SecretUnreadableError);
  });
});

describe("TOTP (RFC 6238, SHA-1, 6 digits, 30 s)", () => {
  it("matches the RFC 6238 test vector", () => {
    // RFC 6238 appendix B: secret "12345678901234567890", T = 59 s → 94287082 (8 digits); 6 digits: 287082.
    const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(codeAt(secret, new Date(59_000))).toBe("287082");
  });

  it("accepts the previous, current and next step, nothing further", () => {
    const secret = newTotpSecret();
    const now = new Date("2026-11-26T09:00:10Z");
    const step = stepAt(now);
    for (const d of [-1, 0, 1]) expect(matchingStep(secret, codeAt(secret, new Date((step + d) * 30_000)), now)).toBe(step + d);
    for (const d of [-3, -2, 2, 3]) expect(matchingStep(secret, codeAt(secret, new Date((step + d) * 30_000)), now)).toBeNull();
    expect(matchingStep(secret, "12345", now)).toBeNull();
    expect(matchingStep(secret, "abcdef", now)).toBeNull();
  });
});

describe("recovery codes", () => {
  it("are ten different codes; the hash ignores case, spaces and dashes", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(hashRecoveryCode(codes[0])).toBe(hashRecoveryCode(` ${codes[0].toUpperCase().replace("-", " ")} `));
    expect(hashRecoveryCode(codes[0])).toMatch(/^[0-9a-f]{64}$/);
  });
});
