import { describe, expect, it } from "vitest";
import { clientIpFrom, validIp } from "@/lib/request";

const xff = (value: string) => new Headers({ "x-forwarded-for": value });

describe("clientIpFrom", () => {
  it("ignores forwarded headers entirely without TRUSTED_PROXIES, so forged values are all one unknown source", () => {
    for (const value of ["=1+10", "10.0.0.1", "198.51.100.7, 10.0.0.1", "2001:db8::1"]) {
      expect(clientIpFrom(new Headers({ "x-forwarded-for": value, "x-real-ip": value }), "")).toBeNull();
      expect(clientIpFrom(xff(value), "")).toBeNull();
    }
  });

  it("takes the right-most address that is not a trusted proxy", () => {
    const proxies = "10.0.0.0/8, 192.0.2.1";
    // The client may prepend anything; the proxy appends the address it saw.
    expect(clientIpFrom(xff("203.0.113.5, 198.51.100.7"), proxies)).toBe("198.51.100.7");
    expect(clientIpFrom(xff("203.0.113.5, 198.51.100.7, 10.1.2.3, 192.0.2.1"), proxies)).toBe("198.51.100.7");
    expect(clientIpFrom(xff("198.51.100.7:51234"), proxies)).toBe("198.51.100.7");
    expect(clientIpFrom(xff("::ffff:198.51.100.7"), proxies)).toBe("198.51.100.7");
  });

  it("never returns header text that is not an address", () => {
    const proxies = "10.0.0.1";
    expect(clientIpFrom(xff("=1+10"), proxies)).toBeNull();
    expect(clientIpFrom(xff("198.51.100.7, <script>"), proxies)).toBeNull();
    expect(clientIpFrom(new Headers(), proxies)).toBeNull();
    expect(clientIpFrom(new Headers({ "x-real-ip": "198.51.100.7" }), proxies)).toBeNull();
  });

  it("gives rotating forged addresses behind a trusted proxy no extra identities beyond what the proxy saw", () => {
    const proxies = "10.0.0.1";
    const seen = new Set(Array.from({ length: 20 }, (_, i) => clientIpFrom(xff(`203.0.113.${i}, 198.51.100.7`), proxies)));
    expect([...seen]).toEqual(["198.51.100.7"]);
  });

  it("skips a TRUSTED_PROXIES entry that is not an address instead of trusting everything", () => {
    expect(clientIpFrom(xff("198.51.100.7, 203.0.113.9"), "nonsense, 10.0.0.0/99")).toBeNull();
    expect(clientIpFrom(xff("198.51.100.7, 203.0.113.9"), "nonsense, 10.0.0.1")).toBe("203.0.113.9");
  });
});

describe("validIp", () => {
  it("accepts IPv4 and IPv6 and nothing else", () => {
    expect(validIp("2001:DB8::1")).toBe("2001:db8::1");
    expect(validIp("[2001:db8::1]:443")).toBe("2001:db8::1");
    for (const bad of ["", "=1+10", "1.2.3", "999.1.1.1", "localhost", "1.2.3.4\u0000"]) expect(validIp(bad)).toBeNull();
  });
});
