import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { AuditEventRow } from "@/lib/audit/read";
import { auditEventsToCsv } from "./csv";

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
  after: { name: "TikTok, Lite", note: "café" },
  repeats: 0,
  ...overrides,
});

const read = (csv: string) => parse(csv, { bom: true }) as string[][];

describe("auditEventsToCsv", () => {
  it("writes a BOM, Dutch headers, Amsterdam time and JSON cells that survive parsing", () => {
    const csv = auditEventsToCsv([row({})]);
    expect(csv.startsWith("\uFEFFNummer,Tijd (Nederlandse tijd),")).toBe(true);
    const [header, record] = read(csv);
    expect(header).toHaveLength(record.length);
    expect(record.slice(0, 12)).toEqual([
      "7", "2026-07-01 12:15:30", "2026-07-01T10:15:30.000Z", "Marieke de Vries", "ciso@voorbeeld.nl",
      "App gewijzigd", "app.update", "App", "12", "Gelukt", "0", "10.0.0.1",
    ]);
    expect(record[12]).toBe("naam: TikTok → TikTok, Lite\ntoelichting: café");
    expect(JSON.parse(record[13])).toEqual({ name: "TikTok" });
    expect(JSON.parse(record[14])).toEqual({ name: "TikTok, Lite", note: "café" });
  });

  it("neutralises a formula in a cell, e.g. a failed login with a crafted address", () => {
    const csv = auditEventsToCsv([row({ actorLabel: "=HYPERLINK(\"http://x\")", actorEmail: null, action: "auth.login", objectType: "session", objectId: null, result: "failure", before: null, after: null })]);
    const [, record] = read(csv);
    expect(record[3]).toBe("'=HYPERLINK(\"http://x\")");
    expect(record[5]).toBe("Inloggen");
    expect(record[9]).toBe("Mislukt");
    expect(record.slice(12)).toEqual(["", "", ""]);
  });

  it("names a refused permission in Dutch and counts the refusals folded into the row", () => {
    const [, record] = read(auditEventsToCsv([row({ action: "page.open", objectType: "permission", objectId: "lists.view", result: "denied", repeats: 12, before: null, after: null })]));
    expect(record.slice(7, 11)).toEqual(["Recht", "lijsten bekijken", "Geweigerd", "12"]);
  });

  it("falls back to the code for an action or object type without a label", () => {
    const [, record] = read(auditEventsToCsv([row({ action: "nog.onbekend", objectType: "onbekend_object" })]));
    expect(record[5]).toBe("nog.onbekend");
    expect(record[7]).toBe("onbekend_object");
  });
});
