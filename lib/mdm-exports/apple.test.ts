import { parse } from "plist";
import { describe, expect, it } from "vitest";
import { appleAllowProfile, appleBlockProfile } from "./apple";
import { demoVersion } from "./fixtures";

type Profile = Record<string, unknown> & { PayloadContent: Record<string, unknown>[] };
const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

describe("Apple configuration profile", () => {
  const input = { version: demoVersion(), organisation: "Gemeente Voorbeeld & Co" };

  it("parses back as a plist with a restrictions payload that blocks the iOS apps of the list", () => {
    const xml = appleBlockProfile(input);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE plist/);
    const profile = parse(xml) as Profile;
    expect(profile).toMatchObject({
      PayloadType: "Configuration",
      PayloadVersion: 1,
      PayloadIdentifier: "nl.gemeente.app-portaal.apps-blokkeren",
      PayloadDisplayName: "Verboden apps blokkeren (lijstversie 3)",
      PayloadOrganization: "Gemeente Voorbeeld & Co",
    });
    expect(profile.PayloadUUID).toMatch(UUID);
    const [restrictions] = profile.PayloadContent;
    expect(restrictions).toMatchObject({ PayloadType: "com.apple.applicationaccess", PayloadVersion: 1, blockedAppBundleIDs: ["com.zhiliaoapp.musically", "com.tencent.xin"] });
    expect(restrictions.PayloadUUID).toMatch(UUID);
    expect(restrictions.PayloadUUID).not.toBe(profile.PayloadUUID);
    expect(restrictions).not.toHaveProperty("allowListedAppBundleIDs");
  });

  it("is the same file when downloaded again, and gets a new UUID when the version's content changes", () => {
    expect(appleBlockProfile(input)).toBe(appleBlockProfile(input));
    const changed = parse(appleBlockProfile({ ...input, version: { ...input.version, contentHash: "b".repeat(64) } })) as Profile;
    expect(changed.PayloadUUID).not.toBe((parse(appleBlockProfile(input)) as Profile).PayloadUUID);
    expect(changed.PayloadIdentifier).toBe("nl.gemeente.app-portaal.apps-blokkeren");
  });

  it("builds the allowlist variant with allowListedAppBundleIDs under its own identifier", () => {
    const profile = parse(appleAllowProfile(input, ["com.microsoft.skype.teams", "com.apple.mobilesafari"])) as Profile;
    expect(profile.PayloadIdentifier).toBe("nl.gemeente.app-portaal.apps-toestaan");
    expect(profile.PayloadContent[0]).toMatchObject({ PayloadType: "com.apple.applicationaccess", allowListedAppBundleIDs: ["com.microsoft.skype.teams", "com.apple.mobilesafari"] });
    expect(profile.PayloadContent[0]).not.toHaveProperty("blockedAppBundleIDs");
    const other = parse(appleAllowProfile(input, ["com.apple.mobilesafari"])) as Profile;
    expect(other.PayloadUUID).not.toBe(profile.PayloadUUID);
  });
});
