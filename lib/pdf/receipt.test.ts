import { describe, expect, it } from "vitest";
import { renderReceipt, receiptFileName } from "./receipt";
import { drawnText } from "./testing";

const content = {
  organisation: "Gemeente Voorbeeld",
  name: "Zoë Brouwer-Ünal",
  email: "zoe@voorbeeld.nl",
  versionNumber: 3,
  versionTitle: "Apps uit landen met een offensief cyberprogramma",
  listVersionNumber: 2,
  acknowledgedAt: new Date("2026-11-25T14:05:00Z"),
  statement: "Ik heb het beleid gelezen.\nOp mijn werkapparaten staan geen van deze apps, of ik verwijder ze vóór 12 december 2026.",
  removeBy: "2026-12-12",
  verificationCode: "KN-7F3Q-9XKD",
};

describe("ontvangstbewijs als PDF", () => {
  it.each([true, false])("is a PDF that says who, which version, when, what and the code (compressed: %s)", async (compress) => {
    const pdf = await renderReceipt(content, { compress });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = drawnText(pdf);
    for (const expected of ["Gemeente Voorbeeld", "Ontvangstbewijs kennisname", "Zoë Brouwer-Ünal", "zoe@voorbeeld.nl", "Versie 3: Apps uit landen", "Lijstversie 2", "KN-7F3Q-9XKD", "Pagina 1 van 1"]) {
      expect(text).toContain(expected);
    }
    // Amsterdam time (UTC+1 in November), whatever the server's own zone is.
    expect(text).toContain("25 november 2026 om 15:05");
    expect(text).toContain("Ik heb het beleid gelezen.");
    expect(text).toContain("Controleer een ontvangstbewijs");
  });

  it("names the file after the version", () => {
    expect(receiptFileName(3)).toBe("ontvangstbewijs-beleid-v3.pdf");
  });
});
