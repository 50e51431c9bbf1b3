import { describe, expect, it } from "vitest";
import { appLabel, diffLists, type AppRow } from "./diff";

const app = (appId: number, name: string, vendorName: string): AppRow => ({
  appId, name, vendorName, countryCode: "RU", countryName: "Rusland", category: "Sociale media", measure: "banned", source: "own_finding",
  iosBundleId: null, iosVerified: false, androidPackage: null, androidVerified: false,
});

describe("appLabel", () => {
  it("names app and vendor once each", () => {
    expect(appLabel("TikTok", "Bytedance")).toBe("TikTok (Bytedance)");
    expect(appLabel("VK", "VK (VKontakte)")).toBe("VK (VKontakte)");
    expect(appLabel("Shein", "SHEIN")).toBe("SHEIN");
    expect(appLabel("LIKE", "Onbekend (genoemd in VNG-bijlage A)")).toBe("LIKE, Onbekend (genoemd in VNG-bijlage A)");
  });

  it("is what the changelog shows", () => {
    const changelog = diffLists({ apps: [], countries: [] }, { apps: [app(1, "VK", "VK (VKontakte)")], countries: [] });
    expect(changelog.apps.added.map((a) => a.label)).toEqual(["VK (VKontakte)"]);
  });
});
