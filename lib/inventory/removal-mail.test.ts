import { describe, expect, it } from "vitest";
import { REMOVAL_MAIL_KIND, removalMail } from "./removal-mail";

describe("de e-mail met het verzoek een app te verwijderen", () => {
  const owner = { email: "noor@voorbeeld.nl", name: "Noor Bakker", devices: [{ deviceName: "iPhone", apps: ["WeChat", "TikTok"] }, { deviceName: " ", apps: ["TikTok"] }] };

  it("names each device with its apps, every app once in the request, and links to the exemption form", () => {
    const mail = removalMail(owner, "2026-11-20");
    expect(mail).toMatchObject({ to: "noor@voorbeeld.nl", kind: REMOVAL_MAIL_KIND, subject: "Verwijder apps die niet zijn toegestaan van uw werkapparatuur" });
    expect(mail.body).toContain("Volgens de inventaris van 20 november 2026");
    expect(mail.body).toContain("- iPhone: TikTok en WeChat\n- Apparaat zonder naam: TikTok");
    expect(mail.body).toContain("Verwijder TikTok en WeChat van de apparaten hierboven.");
    expect(mail.body).toMatch(/uitzondering aan[^\n]*\n(http|https):\/\/[^\s]+\/uitzonderingen\/aanvragen/);
  });

  it("names the one app in the subject", () => {
    expect(removalMail({ ...owner, devices: [{ deviceName: "iPad", apps: ["TikTok"] }] }, null).subject).toBe("Verwijder TikTok van uw werkapparatuur");
  });
});
