import { describe, expect, it } from "vitest";
import { cookieFrom, deviceCookieAfterLogin, trustedDeviceId } from "@/lib/auth/device-trust";

const SECRET = "device-secret";
const alice = "11111111-1111-4111-8111-111111111111";
const bob = "22222222-2222-4222-8222-222222222222";

describe("device cookies", () => {
  it("trusts a device only for the account it was issued to, with the right secret", () => {
    const cookie = deviceCookieAfterLogin(null, alice, SECRET)!;
    const id = trustedDeviceId(cookie, alice, SECRET);
    expect(id).toMatch(/^[\w-]{22}$/);
    expect(trustedDeviceId(cookie, bob, SECRET)).toBeNull();
    expect(trustedDeviceId(cookie, alice, "another-secret")).toBeNull();
    expect(trustedDeviceId(cookie.replace(alice, bob), bob, SECRET)).toBeNull();
    expect(trustedDeviceId(`${cookie.slice(0, -2)}xx`, alice, SECRET)).toBeNull();
    expect(trustedDeviceId(cookie, alice, undefined)).toBeNull();
  });

  it("keeps the device id across logins and holds several accounts", () => {
    const first = deviceCookieAfterLogin(null, alice, SECRET)!;
    const both = deviceCookieAfterLogin(first, bob, SECRET)!;
    const again = deviceCookieAfterLogin(both, alice, SECRET)!;
    expect(trustedDeviceId(again, alice, SECRET)).toBe(trustedDeviceId(first, alice, SECRET));
    expect(trustedDeviceId(again, bob, SECRET)).toBe(trustedDeviceId(both, bob, SECRET));
  });

  it("reads one cookie from a Cookie header and survives malformed encoding", () => {
    expect(cookieFrom("a=1; portal-device=x.y.z; b=2", "portal-device")).toBe("x.y.z");
    expect(cookieFrom("portal-device=%E0%A4%A", "portal-device")).toBeUndefined();
    expect(cookieFrom(null, "portal-device")).toBeUndefined();
  });
});
