import { describe, expect, it } from "vitest";
import { readCsv } from "@/lib/csv";
import { exclusionGroups, exclusionsCsv, exclusionsJson, type ExclusionRow } from "./exclusions";
import { demoVersion } from "./fixtures";

const version = demoVersion();
const [tiktok, wechat] = version.apps;
const row = (appId: number, extra: Partial<ExclusionRow> = {}): ExclusionRow => ({
  exemptionId: 7, appId, userName: "Eva de Wit", userEmail: "communicatie@voorbeeld.nl", device: "Losse telefoon", endsOn: "2027-04-01", ...extra,
});

describe("uitsluitingsgroepen per app", () => {
  it("groups the people per app of the version, in the version's order, and leaves out apps without anyone and apps outside the version", () => {
    const groups = exclusionGroups(version, [row(wechat.appId, { userName: "Ahmed" }), row(tiktok.appId), row(999)]);
    expect(groups.map((g) => [g.name, g.members.map((m) => m.userName)])).toEqual([["TikTok", ["Eva de Wit"]], ["WeChat", ["Ahmed"]]]);
    expect(groups[0]).toMatchObject({ iosBundleId: "com.zhiliaoapp.musically", androidPackage: "com.zhiliaoapp.musically" });
  });

  it("writes one CSV line per person and app, with a header even when nobody is excepted", () => {
    const table = readCsv(exclusionsCsv(exclusionGroups(version, [row(tiktok.appId)])));
    expect(table.header.cells).toEqual(["App", "iOS-bundel-ID", "Android-pakketnaam", "Naam", "E-mailadres", "Toestel", "Geldig tot en met", "Uitzondering"]);
    expect(table.records.map((r) => r.cells)).toEqual([["TikTok", "com.zhiliaoapp.musically", "com.zhiliaoapp.musically", "Eva de Wit", "communicatie@voorbeeld.nl", "Losse telefoon", "2027-04-01", "7"]]);
    expect(readCsv(exclusionsCsv([])).records).toEqual([]);
  });

  it("is formula-safe: a name or device text that a spreadsheet would run stays text", () => {
    const csv = exclusionsCsv(exclusionGroups(version, [row(tiktok.appId, { userName: "=HYPERLINK(\"https://evil.example\")", device: "+31 6 1234 @werk", userEmail: "-a@b.nl" })]));
    const [cells] = readCsv(csv).records.map((r) => r.cells);
    expect(cells.slice(3, 6)).toEqual(["'=HYPERLINK(\"https://evil.example\")", "'-a@b.nl", "'+31 6 1234 @werk"]);
  });

  it("gives the same groups as JSON with the version and the day they hold on", () => {
    const json = JSON.parse(exclusionsJson(version, exclusionGroups(version, [row(tiktok.appId)]), "2026-11-26"));
    expect(json).toEqual({
      listVersion: 3,
      validOn: "2026-11-26",
      apps: [{ name: "TikTok", iosBundleId: "com.zhiliaoapp.musically", androidPackage: "com.zhiliaoapp.musically", members: [{ name: "Eva de Wit", email: "communicatie@voorbeeld.nl", device: "Losse telefoon", endsOn: "2027-04-01", exemptionId: 7 }] }],
    });
  });
});
