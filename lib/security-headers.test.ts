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

  it("lets forms go on to the identity provider's origin only when one is configured", () => {
    expect(contentSecurityPolicy("n", { identityProvider: null })).toContain("form-action 'self';");
    const csp = contentSecurityPolicy("n", { identityProvider: "https://login.microsoftonline.com" });
    expect(csp).toContain("form-action 'self' https://login.microsoftonline.com;");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("default-src 'self';");
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
