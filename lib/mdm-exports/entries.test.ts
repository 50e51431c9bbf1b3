import { describe, expect, it } from "vitest";
import { platformEntries } from "./entries";
import { demoVersion, listedApp } from "./fixtures";

describe("platformEntries", () => {
  it("takes the apps with an identifier for the platform and names the others as left out", () => {
    const { apps } = demoVersion();
    const ios = platformEntries(apps, "ios");
    expect(ios.included.map((e) => e.identifier)).toEqual(["com.zhiliaoapp.musically", "com.tencent.xin"]);
    expect(ios.leftOut.map((a) => a.name)).toEqual(["Lemon8", "Temu"]);
    const android = platformEntries(apps, "android");
    expect(android.included.map((e) => e.name)).toEqual(["Temu", "TikTok", "WeChat"]);
    expect(android.leftOut.map((a) => a.name)).toEqual(["Lemon8"]);
  });

  it("gives Android apps their Google Play address and iOS apps none (the App Store id is not known)", () => {
    const { apps } = demoVersion();
    expect(platformEntries(apps, "android").included[0].storeUrl).toBe("https://play.google.com/store/apps/details?id=com.einnovation.temu");
    expect(platformEntries(apps, "ios").included.every((e) => e.storeUrl === null)).toBe(true);
  });

  it("lists an identifier once when two list entries share it, and keeps discouraged apps in", () => {
    const apps = [
      listedApp("TikTok", { android: "com.zhiliaoapp.musically" }),
      listedApp("TikTok (regionaal)", { android: "com.zhiliaoapp.musically" }),
      listedApp("Shein", { android: "com.zzkko" }, { measure: "discouraged" }),
    ];
    expect(platformEntries(apps, "android").included.map((e) => e.identifier)).toEqual(["com.zzkko", "com.zhiliaoapp.musically"]);
  });
});
