import { describe, expect, it } from "vitest";
import { memoFileName, renderMemo, type MemoContent } from "./memo";
import { drawnText } from "./testing";

const content: MemoContent = {
  organisation: "Gemeente Voorbeeld",
  number: 3,
  memoDate: "2026-11-20",
  sender: "Marieke de Vries (CISO) en de griffie",
  to: "raadsleden en het college van B&W",
  subject: "Apps uit landen met een offensief cyberprogramma",
  contactName: "Sanne Jansen",
  contactDetails: "griffie@voorbeeld.nl",
  body: "Inleiding met **vet** woord.\n\n## Heeft u een apparaat van de gemeente?\n\n- Verwijder TikTok.\n- Verwijder [WeChat](https://example.org/wechat).\n\n1. Eerste stap\n2. Tweede stap",
  correctsNumber: 2,
  list: {
    number: 4,
    apps: [
      { name: "TikTok", vendorName: "Bytedance", countryName: "China", measure: "banned" },
      { name: "Temu", vendorName: "PDD Holdings", countryName: "China", measure: "discouraged" },
    ],
  },
};

describe("memo als PDF", () => {
  it.each([true, false])("has the head lines, the text and the list table (compressed: %s)", async (compress) => {
    const pdf = await renderMemo(content, { compress });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = drawnText(pdf);
    for (const expected of [
      "Gemeente Voorbeeld", "Memo 3", "20 november 2026", "Marieke de Vries (CISO) en de griffie", "raadsleden en het college van B&W",
      "Apps uit landen met een offensief cyberprogramma", "Sanne Jansen, griffie@voorbeeld.nl", "Memo 2.",
      "Heeft u een apparaat van de gemeente?", "Inleiding met vet woord.", // The bullet is WinAnsi 0x95, which drawnText reads as latin1.
      "\x95 Verwijder TikTok.", "\x95 Verwijder WeChat (https://example.org/wechat).", "2. Tweede stap",
      "lijstversie 4", "Leverancier", "Maatregel", "Bytedance", "PDD Holdings", "Verboden op werkapparaten", "Pagina 1 van 1",
    ]) {
      expect(text).toContain(expected);
    }
    // Markdown's mark-up does not reach the paper.
    expect(text).not.toContain("**");
    expect(text).not.toContain("## ");
  });

  it("repeats the table header on a new page when the list is long", async () => {
    const apps = Array.from({ length: 80 }, (_, i) => ({ name: `App ${i + 1}`, vendorName: "Leverancier", countryName: "China", measure: "banned" as const }));
    const text = drawnText(await renderMemo({ ...content, list: { number: 4, apps } }, { compress: false }));
    expect(text).toContain("App 80");
    expect(text.match(/^Maatregel$/gm)!.length).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/Pagina 1 van [2-9]/);
  });

  it("leaves out the table without a list, and names the file after the number", async () => {
    const text = drawnText(await renderMemo({ ...content, list: null, correctsNumber: null }));
    expect(text).not.toContain("Leverancier");
    expect(text).not.toContain("Correctie van");
    expect(memoFileName(3)).toBe("memo-3.pdf");
  });
});
