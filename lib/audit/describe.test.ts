import { describe, expect, it } from "vitest";
import { auditChangesText, describeAuditData } from "./describe";

describe("describeAuditData", () => {
  it("shows only the changed fields of an update, in Dutch, with Dutch values", () => {
    const before = { id: 3, name: "TikTok", measure: "banned", updatedAt: "2026-01-01T10:00:00.000Z", notes: null };
    const after = { id: 3, name: "TikTok", measure: "discouraged", updatedAt: "2026-02-01T10:00:00.000Z", notes: "Lite-versie" };
    expect(describeAuditData(before, after)).toEqual([
      { field: "measure", label: "maatregel", before: "Verboden op werkapparaten", after: "Ontraden op privéapparaten voor werk" },
      { field: "notes", label: "opmerkingen", before: "(leeg)", after: "Lite-versie" },
    ]);
  });

  it("lists the filled fields of a new record, with dates and roles in Dutch", () => {
    expect(auditChangesText(null, { email: "a@voorbeeld.nl", roles: ["ciso", "medewerker"], listedOn: "2026-03-01", active: true, notes: null })).toBe(
      "e-mailadres: a@voorbeeld.nl\nrollen: CISO, Medewerker\nop de lijst sinds: 1 maart 2026\nactief: ja",
    );
  });

  it("summarises a publication's changelog instead of dumping it", () => {
    const text = auditChangesText(null, { number: 2, changelog: { apps: { added: [1, 2], removed: [], changed: [3] }, countries: { added: [], removed: [], changed: [] } } });
    expect(text).toBe("versienummer: 2\nwijzigingen: apps: 2 toegevoegd, 0 verwijderd, 1 gewijzigd; landen: 0 toegevoegd, 0 verwijderd, 0 gewijzigd");
  });

  it("keeps unknown keys visible rather than hiding them", () => {
    expect(auditChangesText(null, { somethingNew: "x" })).toBe("somethingNew: x");
  });
});
