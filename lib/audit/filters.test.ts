import { describe, expect, it } from "vitest";
import { amsterdamDayEnd, amsterdamDayStart, auditFilterQuery, parseAuditFilters } from "./filters";

describe("amsterdamDayStart", () => {
  it("uses winter time (UTC+1) and summer time (UTC+2)", () => {
    expect(amsterdamDayStart("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(amsterdamDayStart("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });

  it("handles the days the clocks change", () => {
    // 29 March 2026 starts in winter time; 25 October 2026 starts in summer time.
    expect(amsterdamDayStart("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(amsterdamDayEnd("2026-03-29").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(amsterdamDayStart("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(amsterdamDayEnd("2026-10-25").toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });

  it("ends a day at the start of the next, across a year boundary", () => {
    expect(amsterdamDayEnd("2026-12-31").toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });
});

describe("parseAuditFilters", () => {
  it("reads the Dutch parameters", () => {
    const params = new URLSearchParams({ van: "2026-01-01", tot: "2026-01-31", wie: " vries ", handeling: "auth.login", object: "session", resultaat: "geweigerd", pagina: "3" });
    expect(parseAuditFilters(params)).toEqual({
      filters: { from: "2026-01-01", to: "2026-01-31", actor: "vries", action: "auth.login", objectType: "session", result: "denied" },
      page: 3,
      errors: [],
    });
  });

  it("drops dates that do not exist and says so", () => {
    const { filters, errors } = parseAuditFilters({ van: "2026-02-30", tot: "2026-13-01" });
    expect(filters).toEqual({});
    expect(errors).toEqual([
      "De datum bij ‘Van’ klopt niet. Vul een bestaande datum in.",
      "De datum bij ‘Tot en met’ klopt niet. Vul een bestaande datum in.",
    ]);
  });

  it("refuses a period that ends before it starts", () => {
    const { filters, errors } = parseAuditFilters({ van: "2026-02-01", tot: "2026-01-01" });
    expect(filters).toEqual({});
    expect(errors).toHaveLength(1);
  });

  it("ignores unknown results and nonsense page numbers", () => {
    expect(parseAuditFilters({ resultaat: "success", pagina: "-2" })).toMatchObject({ filters: {}, page: 1 });
    expect(parseAuditFilters({ pagina: ["2", "9"] }).page).toBe(2);
  });

  it("round-trips through the query string", () => {
    const filters = { from: "2026-01-01", actor: "de Vries & co", result: "failure" as const };
    const query = auditFilterQuery(filters, 2);
    expect(query).toBe("?van=2026-01-01&wie=de+Vries+%26+co&resultaat=mislukt&pagina=2");
    expect(parseAuditFilters(new URLSearchParams(query.slice(1)))).toEqual({ filters, page: 2, errors: [] });
    expect(auditFilterQuery({}, 1)).toBe("");
  });
});
