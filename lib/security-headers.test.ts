import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, SECURITY_HEADERS } from "./security-headers";

describe("contentSecurityPolicy", () => {
  it("lets only scripts with the page's nonce run", () => {
    const csp = contentSecurityPolicy("abc123");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe");
  });

  it("allows no inline script or style at all without a nonce (static files)", () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toMatch(/nonce|unsafe/);
  });

  it("refuses framing and plugins in both forms", () => {
    for (const csp of [contentSecurityPolicy(), contentSecurityPolicy("n")]) {
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
    }
  });
});

describe("SECURITY_HEADERS", () => {
  it("holds HSTS, nosniff, DENY framing and a referrer policy", () => {
    expect(Object.fromEntries(SECURITY_HEADERS.map((h) => [h.key, h.value]))).toMatchObject({
      "Strict-Transport-Security": expect.stringContaining("max-age="),
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
  });
});
