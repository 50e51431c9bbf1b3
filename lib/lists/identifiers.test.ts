import { describe, expect, it } from "vitest";
import { androidPackageSchema, iosBundleIdSchema, isAndroidPackage, isIosBundleId } from "./identifiers";

describe("app identifiers", () => {
  it.each(["com.zhiliaoapp.musically", "com.tencent.xin", "com.ss.iphone.ugc.Aweme", "nl.gemeente-voorbeeld.app"])("accepts iOS bundle id %s", (id) => {
    expect(isIosBundleId(id)).toBe(true);
  });
  it.each(["", "tiktok", "com..tencent", ".com.tencent", "com.tencent.", "com tencent.xin", "com.tencent.xin/1", "com.ténçent.xin", "a.".repeat(80) + "b"])("refuses iOS bundle id %j", (id) => {
    expect(isIosBundleId(id)).toBe(false);
  });
  it.each(["com.zhiliaoapp.musically", "com.tencent.mm", "com.lemon.lvoverseas", "com.ss.android.ugc.trill", "free.vpn.unblock_proxy.turbo"])("accepts Android package %s", (id) => {
    expect(isAndroidPackage(id)).toBe(true);
  });
  it.each(["", "tencent", "com..mm", "com.1tencent.mm", "com.tencent-mm", "_com.tencent", "com.tencent.mm ", "com.tencent.mm;DROP"])("refuses Android package %j", (id) => {
    expect(isAndroidPackage(id)).toBe(false);
  });
  it("treats an empty form field as 'unknown' and trims spaces", () => {
    expect(iosBundleIdSchema.parse("")).toBeNull();
    expect(androidPackageSchema.parse("  com.tencent.mm  ")).toBe("com.tencent.mm");
    const result = androidPackageSchema.safeParse("com..mm");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/^Dit is geen geldige Android-pakketnaam/);
  });
});
