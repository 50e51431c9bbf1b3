import { describe, expect, it } from "vitest";
import type { AudienceMember } from "@/db/queries/policy-audience";
import { riskGroupLabels } from "@/lib/labels";
import { acknowledgementRates, filterAudience, filterQuery, parseOverviewFilters, percentOf, statusOf } from "./acknowledgement-overview";

const today = "2026-12-01";
let n = 0;
const member = (values: Partial<AudienceMember>): AudienceMember => ({
  userId: `u${++n}`, name: `Persoon ${n}`, email: `p${n}@voorbeeld.nl`, departmentId: 1, departmentName: "Publiekszaken",
  riskGroup: "standard", dueOn: "2026-12-12", startOn: "2026-11-01", acknowledgedAt: null, ...values,
});

describe("overzicht van kennisnames", () => {
  const people = [
    member({ name: "Anna", acknowledgedAt: new Date() }),
    member({ name: "Bram", dueOn: "2026-11-20" }),
    member({ name: "Cees" }),
    member({ name: "Dirk", riskGroup: "executive", departmentId: 2, departmentName: "Bestuur", acknowledgedAt: new Date() }),
    member({ name: "Eva", riskGroup: "security_sensitive", departmentId: null, departmentName: null, dueOn: "2026-11-30" }),
  ];

  it("gives each person one status: done, still on time, or past their own due date", () => {
    expect(statusOf({ acknowledgedAt: new Date(), dueOn: "2020-01-01" }, today)).toBe("kennisgenomen");
    expect(statusOf({ acknowledgedAt: null, dueOn: today }, today)).toBe("openstaand");
    expect(statusOf({ acknowledgedAt: null, dueOn: "2026-11-30" }, today)).toBe("te-laat");
  });

  it("puts the high-risk groups first, leaves empty groups out, sorts departments by name with 'no department' last", () => {
    const { byRiskGroup, byDepartment, total } = acknowledgementRates(people, riskGroupLabels);
    expect(byRiskGroup.map((r) => [r.key, r.acknowledged, r.total, r.percent])).toEqual([["executive", 1, 1, 100], ["security_sensitive", 0, 1, 0], ["standard", 1, 3, 33]]);
    expect(byDepartment.map((r) => [r.label, r.acknowledged, r.total])).toEqual([["Bestuur", 1, 1], ["Publiekszaken", 1, 3], ["Geen afdeling", 0, 1]]);
    expect(total).toMatchObject({ acknowledged: 2, total: 5, percent: 40 });
  });

  it("never rounds up to 100% while someone is outstanding", () => {
    expect(percentOf(999, 1000)).toBe(99);
    expect(percentOf(0, 0)).toBe(0);
  });

  it("filters by department, risk group and status, overdue first", () => {
    expect(filterAudience(people, {}, today).map((p) => p.name)).toEqual(["Bram", "Eva", "Cees", "Anna", "Dirk"]);
    expect(filterAudience(people, { status: "te-laat" }, today).map((p) => p.name)).toEqual(["Bram", "Eva"]);
    expect(filterAudience(people, { department: "geen" }, today).map((p) => p.name)).toEqual(["Eva"]);
    expect(filterAudience(people, { department: "1", status: "openstaand" }, today).map((p) => p.name)).toEqual(["Cees"]);
    expect(filterAudience(people, { riskGroup: "executive" }, today).map((p) => p.name)).toEqual(["Dirk"]);
  });

  it("reads filters from the address and ignores what it does not know", () => {
    expect(parseOverviewFilters({ afdeling: "3", risicogroep: "senior", status: "te-laat" })).toEqual({ department: "3", riskGroup: "senior", status: "te-laat" });
    expect(parseOverviewFilters(new URLSearchParams("afdeling=1;drop&risicogroep=koning&status=\u0000"))).toEqual({ department: undefined, riskGroup: undefined, status: undefined });
    expect(filterQuery({ department: "geen", status: "openstaand" })).toBe("?afdeling=geen&status=openstaand");
    expect(filterQuery({})).toBe("");
  });
});
