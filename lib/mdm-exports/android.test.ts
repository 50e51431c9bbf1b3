import { describe, expect, it } from "vitest";
import { androidAllowPolicy, androidBlockPolicy } from "./android";
import { demoVersion } from "./fixtures";

describe("Android Management API policy", () => {
  it("lists every Android app of the version as BLOCKED, and nothing else", () => {
    expect(androidBlockPolicy(demoVersion())).toEqual({
      applications: [
        { packageName: "com.einnovation.temu", installType: "BLOCKED" },
        { packageName: "com.zhiliaoapp.musically", installType: "BLOCKED" },
        { packageName: "com.tencent.mm", installType: "BLOCKED" },
      ],
    });
  });

  it("puts the allowlist in WHITELIST mode with the allowed apps available or force-installed", () => {
    expect(androidAllowPolicy(["com.microsoft.teams"])).toEqual({ playStoreMode: "WHITELIST", applications: [{ packageName: "com.microsoft.teams", installType: "AVAILABLE" }] });
    expect(androidAllowPolicy(["com.microsoft.teams"], "FORCE_INSTALLED").applications[0].installType).toBe("FORCE_INSTALLED");
  });
});
