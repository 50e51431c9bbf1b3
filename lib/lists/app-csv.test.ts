import { describe, expect, it } from "vitest";
import { appCsvTemplate, MAX_IMPORT_ROWS, normaliseHeader, parseAppCsv, versionAppsCsv, type AppImportLookups } from "./app-csv";
import { readCsv } from "@/lib/csv";

const lookups: AppImportLookups = {
  countries: [
    { id: 1, code: "CN", name: "China" },
    { id: 2, code: "RU", name: "Rusland" },
  ],
  vendors: [{ id: 10, name: "Tencent", countryCode: "CN" }],
  apps: [{ name: "WeChat", vendorName: "Tencent", iosBundleId: "com.tencent.xin", androidPackage: "com.tencent.mm" }],
};

const HEADER = "naam,leverancier,land,categorie,maatregel,bron,ios_bundel_id,android_pakketnaam,toelichting";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\r\n");
const messages = (text: string) => parseAppCsv(text, lookups).errors.map((e) => e.message);

describe("parseAppCsv", () => {
  it("reads valid rows with their line numbers, mapping Dutch words to the stored codes", () => {
    const result = parseAppCsv(csv("Douyin,Bytedance,CN,Video,verboden,eigen,com.ss.iphone.ugc.Aweme,,Chinese TikTok", "QQ,tencent,,Berichten,Ontraden,VNG-overig,,com.tencent.mobileqq,"), lookups);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        vendor: { id: null, name: "Bytedance", countryCode: "CN" },
        app: { name: "Douyin", category: "Video", measure: "banned", source: "own_finding", sourceNote: null, iosBundleId: "com.ss.iphone.ugc.Aweme", androidPackage: null, notes: "Chinese TikTok" },
      },
      {
        line: 3,
        vendor: { id: 10, name: "Tencent", countryCode: "CN" },
        app: { name: "QQ", category: "Berichten", measure: "discouraged", source: "vng_other", sourceNote: null, iosBundleId: null, androidPackage: "com.tencent.mobileqq", notes: null },
      },
    ]);
  });

  it("accepts headers in any case, with spaces or hyphens, separated by semicolons, behind a BOM", () => {
    const text = "\uFEFF Naam ;LEVERANCIER;Land;Categorie;Maatregel;Bron;iOS-bundel-ID;Android pakketnaam\r\nDouyin;Bytedance;cn;Video;verboden;vng-top;;\r\n";
    const result = parseAppCsv(text, lookups);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ vendor: { countryCode: "CN" }, app: { name: "Douyin", source: "vng_top" } });
    expect(normaliseHeader(" Bron-toelichting ")).toBe("bron_toelichting");
    expect(normaliseHeader("iOS bundle ID")).toBe("ios_bundel_id");
  });

  it("reports a missing, an unknown and a doubled column in the header", () => {
    expect(messages("naam,leverancier,land,categorie,maatregel,bron,bron,kleur\nX,Y,CN,Z,verboden,eigen,eigen,rood")).toEqual([
      "Regel 1: de kolom 'bron' staat er twee keer in.",
      expect.stringMatching(/^Regel 1: de kolom 'kleur' kennen we niet\. Gebruik deze kolomnamen: naam, leverancier/),
    ]);
    expect(messages("naam,leverancier,land,maatregel,bron\nX,Y,CN,verboden,eigen")).toEqual(["Regel 1: de kolom 'categorie' ontbreekt in de kopregel."]);
  });

  it("reports a file without rows, an empty file, and one with too many rows", () => {
    expect(messages(HEADER)).toEqual(["Het bestand heeft geen regels met apps onder de kopregel."]);
    expect(messages("")).toEqual(["Het bestand is leeg."]);
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `App ${i},Bytedance,CN,Video,verboden,eigen,,,`);
    expect(messages(csv(...many))).toEqual([expect.stringContaining(`hoogstens ${MAX_IMPORT_ROWS}`)]);
  });

  it("reports invalid identifiers with the row and the value", () => {
    expect(messages(csv("Kapot,Bytedance,CN,Video,verboden,eigen,com..x,1com.x,"))).toEqual([
      expect.stringMatching(/^Regel 2: de iOS-bundel-ID 'com\.\.x' is ongeldig\./),
      expect.stringMatching(/^Regel 2: de Android-pakketnaam '1com\.x' is ongeldig\./),
    ]);
  });

  it("reports an unknown or missing measure and source", () => {
    expect(messages(csv("A,Bytedance,CN,Video,misschien,vng,,,", "B,Bytedance,CN,Video,,,,,"))).toEqual([
      "Regel 2: de maatregel 'misschien' kennen we niet. Gebruik verboden of ontraden.",
      "Regel 2: de bron 'vng' kennen we niet. Gebruik vng-top, vng-overig of eigen.",
      "Regel 3: vul de maatregel in: verboden of ontraden.",
      "Regel 3: vul de bron in: vng-top, vng-overig of eigen.",
    ]);
  });

  it("reports empty required fields and too long values with the column name", () => {
    expect(messages(csv(`,Bytedance,CN,${"x".repeat(81)},verboden,eigen,,,`, "A,,CN,Video,verboden,eigen,,,"))).toEqual([
      "Regel 2: kolom naam: vul de naam van de app in.",
      "Regel 2: kolom categorie: gebruik hoogstens 80 tekens.",
      "Regel 3: vul de leverancier in.",
    ]);
  });

  it("checks the country of a new vendor against the country list and of a known vendor against its country", () => {
    expect(messages(csv("A,Nieuw BV,NL,Video,verboden,eigen,,,", "B,Ander BV,,Video,verboden,eigen,,,", "C,Tencent,RU,Berichten,verboden,eigen,,,"))).toEqual([
      "Regel 2: het land 'NL' staat niet op de landenlijst. Gebruik een van deze landcodes: CN, RU.",
      "Regel 3: leverancier 'Ander BV' is nieuw: vul het land in (de landcode, zoals CN).",
      "Regel 4: leverancier Tencent heeft in de lijst land CN, niet RU. Laat het land leeg of gebruik CN.",
    ]);
  });

  it("keeps a new vendor's country the same for the whole file", () => {
    expect(messages(csv("A,Nieuw BV,CN,Video,verboden,eigen,,,", "B,nieuw bv,RU,Video,verboden,eigen,,,"))).toEqual([
      "Regel 3: leverancier Nieuw BV heeft op regel 2 land CN, niet RU. Laat het land leeg of gebruik CN.",
    ]);
  });

  it("reports identifiers and name + vendor used twice in the file or already in the draft", () => {
    expect(messages(csv(
      "A,Bytedance,CN,Video,verboden,eigen,com.voorbeeld.a,com.voorbeeld.a,",
      "B,Bytedance,CN,Video,verboden,eigen,COM.voorbeeld.A,,",
      "wechat,TENCENT,,Berichten,verboden,eigen,,com.tencent.mm,",
      "a,bytedance,CN,Video,verboden,eigen,,,",
    ))).toEqual([
      "Regel 3: de iOS-bundel-ID 'COM.voorbeeld.A' staat ook op regel 2.",
      "Regel 4: de Android-pakketnaam 'com.tencent.mm' hoort al bij WeChat (Tencent) in het concept.",
      "Regel 4: de app 'wechat' van Tencent staat al in het concept.",
      "Regel 5: de app 'a' van Bytedance staat ook op regel 2.",
    ]);
  });

  it("reports a row with more values than columns, but allows missing trailing values", () => {
    const result = parseAppCsv(csv("A,Bytedance,CN,Video,verboden,eigen,,,kort, maar fout", "B,Bytedance,CN,Video,verboden,eigen"), lookups);
    expect(result.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^Regel 2: deze regel heeft meer waarden dan er kolommen zijn/)]);
    expect(result.rows.map((r) => r.app.name)).toEqual(["B"]);
  });

  it("reports an unreadable file as a whole", () => {
    expect(messages(csv('A,Bytedance,CN,Video,verboden,eigen,,,"niet dicht'))).toEqual([expect.stringContaining("aanhalingsteken")]);
  });
});

describe("appCsvTemplate", () => {
  it("is itself a valid import for a draft without its example app", () => {
    const result = parseAppCsv(appCsvTemplate(), lookups);
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(1);
  });
});

describe("versionAppsCsv", () => {
  it("writes Dutch column names and labels, and neutralises formulas in names", () => {
    const table = readCsv(versionAppsCsv([{
      name: "=1+1", vendorName: "Tencent", countryCode: "CN", countryName: "China", category: "Berichten", measure: "banned",
      source: "vng_top", iosBundleId: "com.tencent.xin", iosVerified: true, androidPackage: null, androidVerified: false,
    }]));
    expect(table.header.cells.slice(0, 3)).toEqual(["Naam", "Leverancier", "Land"]);
    expect(table.records[0].cells).toEqual(["'=1+1", "Tencent", "China", "CN", "Berichten", "Verboden op werkapparaten", "VNG-advies, bijlage A (top)", "com.tencent.xin", "ja", "", ""]);
  });
});

describe("keywords that are names on Object's prototype", () => {
  it("refuses 'constructor' as a measure and '__proto__' as a source instead of dropping the row", () => {
    const result = parseAppCsv(csv("Douyin,Bytedance,CN,Video,constructor,eigen", "Kuaishou,Bytedance,CN,Video,verboden,__proto__"), lookups);
    expect(result.rows).toEqual([]);
    expect(result.errors.map((e) => e.message)).toEqual([
      expect.stringContaining("de maatregel 'constructor' kennen we niet"),
      expect.stringContaining("de bron '__proto__' kennen we niet"),
    ]);
  });
});
