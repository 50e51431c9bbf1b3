import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { AuditEventRow } from "@/db/queries/audit";
import { auditEventsToCsv, neutraliseCell } from "./csv";

describe("neutraliseCell", () => {
  it.each(["=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx"])("puts an apostrophe before %j", (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
  });

  it("leaves ordinary text alone", () => {
    expect(neutraliseCell("Marieke de Vries")).toBe("Marieke de Vries");
    expect(neutraliseCell("a=b")).toBe("a=b");
  });
});

const row = (overrides: Partial<AuditEventRow>): AuditEventRow => ({
  id: 7,
  at: new Date("2026-07-01T10:15:30.000Z"),
  actorLabel: "Marieke de Vries",
  actorEmail: "ciso@voorbeeld.nl",
  action: "app.update",
  objectType: "app",
  objectId: "12",
  result: "success",
  ip: "10.0.0.1",
  before: { name: "TikTok" },
  after: { name: "TikTok; Lite", note: "café" },
  ...overrides,
});

describe("auditEventsToCsv", () => {
  it("writes a BOM, Dutch headers, local time and JSON cells that survive parsing", () => {
    const csv = auditEventsToCsv([row({})]);
    expect(csv.startsWith("\uFEFFNummer;Tijd (Nederlandse tijd);")).toBe(true);
    const [header, record] = parse(csv, { delimiter: ";", bom: true }) as string[][];
    expect(header).toHaveLength(record.length);
    expect(record.slice(0, 11)).toEqual([
      "7", "2026-07-01 12:15:30", "2026-07-01T10:15:30.000Z", "Marieke de Vries", "ciso@voorbeeld.nl",
      "App gewijzigd", "app.update", "App", "12", "Gelukt", "10.0.0.1",
    ]);
    expect(JSON.parse(record[12])).toEqual({ name: "TikTok; Lite", note: "café" });
  });

  it("neutralises formulas in any cell, e.g. a failed login with a crafted address", () => {
    const csv = auditEventsToCsv([row({ actorLabel: "=HYPERLINK(\"http://x\")", actorEmail: null, action: "auth.login", objectType: "session", objectId: null, result: "failure", before: null, after: null })]);
    const [, record] = parse(csv, { delimiter: ";", bom: true }) as string[][];
    expect(record[3]).toBe("'=HYPERLINK(\"http://x\")");
    expect(record[5]).toBe("Inloggen");
    expect(record[9]).toBe("Mislukt");
    expect(record.slice(11)).toEqual(["", ""]);
  });

  it("falls back to the code for an action without a label", () => {
    const [, record] = parse(auditEventsToCsv([row({ action: "memo.publish", objectType: "memo" })]), { delimiter: ";", bom: true }) as string[][];
    expect(record[5]).toBe("memo.publish");
    expect(record[7]).toBe("memo");
  });
});
