import { describe, expect, it } from "vitest";
import { readCsv } from "@/lib/csv";
import { demoVersion, listedApp } from "./fixtures";
import { intuneCompliancePolicy, intuneCsv, intuneJson } from "./intune";

describe("Intune compliance policy (Microsoft Graph)", () => {
  it("has the documented shape: the policy type and restrictedApps of appListItem with name, publisher, appStoreUrl and appId", () => {
    const ios = intuneCompliancePolicy(demoVersion(), "ios");
    expect(ios["@odata.type"]).toBe("#microsoft.graph.iosCompliancePolicy");
    expect(ios.displayName).toContain("lijstversie 3");
    expect(ios.restrictedApps).toEqual([
      { "@odata.type": "#microsoft.graph.appListItem", name: "TikTok", publisher: "Bytedance", appStoreUrl: null, appId: "com.zhiliaoapp.musically" },
      { "@odata.type": "#microsoft.graph.appListItem", name: "WeChat", publisher: "Tencent", appStoreUrl: null, appId: "com.tencent.xin" },
    ]);
    expect(ios.scheduledActionsForRule[0].scheduledActionConfigurations[0]).toMatchObject({ actionType: "block", gracePeriodHours: 0 });

    const android = intuneCompliancePolicy(demoVersion(), "android");
    expect(android["@odata.type"]).toBe("#microsoft.graph.androidCompliancePolicy");
    expect(android.restrictedApps.map((a) => a.appId)).toEqual(["com.einnovation.temu", "com.zhiliaoapp.musically", "com.tencent.mm"]);
    expect(android.restrictedApps[0].appStoreUrl).toBe("https://play.google.com/store/apps/details?id=com.einnovation.temu");
  });

  it("is valid JSON that reads back as the same policy", () => {
    const version = demoVersion();
    expect(JSON.parse(intuneJson(version, "android"))).toEqual(intuneCompliancePolicy(version, "android"));
  });
});

describe("Intune CSV", () => {
  it("lists both platforms with identifier and store address", () => {
    const { header, records } = readCsv(intuneCsv(demoVersion()));
    expect(header.cells).toEqual(["Platform", "Naam", "Uitgever", "Bundel-ID of pakketnaam", "Winkeladres", "Geverifieerd"]);
    expect(records.map((r) => r.cells.slice(0, 4).join("|"))).toEqual([
      "iOS|TikTok|Bytedance|com.zhiliaoapp.musically",
      "iOS|WeChat|Tencent|com.tencent.xin",
      "Android|Temu|PDD Holdings|com.einnovation.temu",
      "Android|TikTok|Bytedance|com.zhiliaoapp.musically",
      "Android|WeChat|Tencent|com.tencent.mm",
    ]);
    expect(records[0].cells[5]).toBe("ja");
  });

  it("is formula-safe: a name or publisher a spreadsheet would run comes out as text", () => {
    const version = demoVersion([
      listedApp('=HYPERLINK("https://evil.example","klik")', { android: "com.evil.app" }, { vendorName: "+31 Uitgever" }),
      listedApp("@SUM(1+1)", { ios: "com.evil.two" }, { vendorName: "-2+3" }),
    ]);
    const { records } = readCsv(intuneCsv(version));
    const cells = records.flatMap((r) => r.cells);
    expect(cells).toContain(`'=HYPERLINK("https://evil.example","klik")`);
    expect(cells).toContain("'+31 Uitgever");
    expect(cells).toContain("'@SUM(1+1)");
    expect(cells).toContain("'-2+3");
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
  });
});
