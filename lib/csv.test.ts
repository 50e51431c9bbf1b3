import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CsvReadError, decodeCsvBytes, detectDelimiter, neutraliseFormula, readCsv, toCsv } from "./csv";

const BOM = "\uFEFF";
// Mostly the characters that break naive CSV code, mixed with arbitrary text.
const cellText = fc.string({
  unit: fc.oneof(fc.constantFrom(",", ";", '"', "'", "\n", "\r", "\t", " ", "=", "+", "-", "@", "é", "€"), fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 })),
  maxLength: 12,
});

describe("toCsv", () => {
  it.each(["=", "+", "-", "@", "\t", "\r"])("puts a quote before a cell starting with %j", (start) => {
    const value = `${start}HYPERLINK("https://kwaad.example","klik")`;
    expect(neutraliseFormula(value)).toBe(`'${value}`);
    expect(readCsv(toCsv(["kolom"], [[value]])).records.map((r) => r.cells)).toEqual([[`'${value}`]]);
  });

  it("leaves harmless values alone, also when a dangerous character is not the first", () => {
    for (const value of ["TikTok", "a=b", "com.tencent.mm", "'al geciteerd", " =spatie ervoor", "Zoë & Beyoncé", "", "100%"]) {
      expect(neutraliseFormula(value)).toBe(value);
    }
    expect(toCsv(["getal"], [[-5]])).toBe(`${BOM}getal\r\n-5\r\n`);
  });

  it("writes a BOM, commas, CRLF line ends, and quotes only where needed", () => {
    const csv = toCsv(["naam", "toelichting"], [["Zoë", 'Zegt "hoi", en'], ["WeChat", null], ["Temu", "twee\nregels"]]);
    expect(csv).toBe(`${BOM}naam,toelichting\r\nZoë,"Zegt ""hoi"", en"\r\nWeChat,\r\nTemu,"twee\nregels"\r\n`);
  });

  it("round-trips Dutch characters", () => {
    const values = ["Financiën", "privéapparaten", "Curaçao", "één", "ĳsselmeer", "Noord-Korea", "’s-Hertogenbosch"];
    const table = readCsv(toCsv(["waarde"], values.map((v) => [v])));
    expect(table.records.map((r) => r.cells[0])).toEqual(values);
  });

  it("round-trips any text once formulas are neutralised", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // readCsv skips rows that are entirely blank, as a spreadsheet user would expect.
        const kept = rows.map((row) => row.map(neutraliseFormula)).filter((row) => row.some((cell) => cell.trim() !== ""));
        const table = readCsv(toCsv(["a", "b"], rows));
        expect(table.records.map((r) => r.cells)).toEqual(kept);
      }),
      { numRuns: 200 },
    );
  });
});

describe("readCsv", () => {
  it("detects the delimiter from the header line", () => {
    expect(detectDelimiter("naam;leverancier;land")).toBe(";");
    expect(detectDelimiter("naam,leverancier,land")).toBe(",");
    expect(readCsv("naam;toelichting\nTikTok;kort, maar krachtig").records[0].cells).toEqual(["TikTok", "kort, maar krachtig"]);
    expect(readCsv("naam,toelichting\nTikTok,kort; maar krachtig").records[0].cells).toEqual(["TikTok", "kort; maar krachtig"]);
  });

  it("strips the BOM so the first column name is clean", () => {
    expect(readCsv(`${BOM}naam;land\r\nTikTok;CN`).header.cells).toEqual(["naam", "land"]);
  });

  it("gives each record the line it starts on, skipping blank lines and quoted line breaks", () => {
    const table = readCsv('naam,toelichting\n\nTikTok,"twee\nregels"\n,,\n,\nWeChat,x\n');
    expect(table.records.map((r) => [r.line, r.cells[0]])).toEqual([[3, "TikTok"], [7, "WeChat"]]);
  });

  it("explains an unclosed quote in Dutch", () => {
    expect(() => readCsv('naam,toelichting\nTikTok,"niet dicht\n')).toThrow(CsvReadError);
    expect(() => readCsv('naam,toelichting\nTikTok,"niet dicht\n')).toThrow(/aanhalingsteken/);
  });

  it("names every line with a NUL byte or another control character, in Dutch", () => {
    let thrown: unknown;
    try {
      readCsv("naam,leverancier\nTikTok,Bytedance\nWeChat\u0000,Tencent\nQQ,Ten\u0007cent\n");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CsvReadError);
    expect((thrown as CsvReadError).problems).toEqual([
      { line: 3, message: expect.stringMatching(/^Regel 3: in kolom 1 staat een onzichtbaar stuurteken/) },
      { line: 4, message: expect.stringMatching(/^Regel 4: in kolom 2 /) },
    ]);
  });

  it("names at most 20 lines of a binary file, and says how many more", () => {
    const lines = Array.from({ length: 30 }, (_, i) => `app${i}\u0000,x`);
    const problems = (() => {
      try {
        readCsv(["naam,leverancier", ...lines].join("\n"));
      } catch (error) {
        return (error as CsvReadError).problems;
      }
    })();
    expect(problems).toHaveLength(21);
    expect(problems?.[20]).toEqual({ line: null, message: expect.stringContaining("En nog 10 regels") });
  });

  it("refuses an empty file", () => {
    expect(() => readCsv(`${BOM}\r\n  \r\n`)).toThrow("Het bestand is leeg.");
    expect(() => readCsv(",")).toThrow("Het bestand is leeg.");
    expect(() => readCsv('""\n,,\n')).toThrow("Het bestand is leeg.");
  });
});

describe("decodeCsvBytes", () => {
  it("reads UTF-8 and falls back to the Windows-1252 that Dutch Excel writes", () => {
    expect(decodeCsvBytes(new TextEncoder().encode("Zoë;€"))).toBe("Zoë;€");
    expect(decodeCsvBytes(new Uint8Array([0x5a, 0x6f, 0xeb, 0x3b, 0x80, 0x93, 0x96, 0x94]))).toBe("Zoë;€“–”");
  });
});
