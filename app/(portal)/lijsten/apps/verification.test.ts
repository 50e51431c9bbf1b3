import { describe, expect, it } from "vitest";
import { nextVerification } from "./verification";

const earlier = new Date("2026-01-01T10:00:00Z");
const now = new Date("2026-11-23T10:00:00Z");

describe("nextVerification", () => {
  it("records the viewer when a new identifier is ticked as checked", () => {
    expect(nextVerification("com.tencent.mm", true, null, "u1", now)).toEqual({ verifiedById: "u1", verifiedAt: now });
  });
  it("keeps the original checker while the identifier stays the same", () => {
    const before = { identifier: "com.tencent.mm", verifiedById: "u0", verifiedAt: earlier };
    expect(nextVerification("com.tencent.mm", true, before, "u1", now)).toEqual({ verifiedById: "u0", verifiedAt: earlier });
  });
  it("asks for a new check when the identifier changes", () => {
    const before = { identifier: "com.tencent.mm", verifiedById: "u0", verifiedAt: earlier };
    expect(nextVerification("com.tencent.xin", true, before, "u1", now)).toEqual({ verifiedById: "u1", verifiedAt: now });
  });
  it("clears the check when unticked or when there is no identifier", () => {
    const before = { identifier: "com.tencent.mm", verifiedById: "u0", verifiedAt: earlier };
    expect(nextVerification("com.tencent.mm", false, before, "u1", now)).toEqual({ verifiedById: null, verifiedAt: null });
    expect(nextVerification(null, true, before, "u1", now)).toEqual({ verifiedById: null, verifiedAt: null });
  });
});
