import { describe, expect, it } from "vitest";
import { addMonthsIso, canRenew, decisionRefusal, latestEndDate } from "./rules";

describe("regels voor uitzonderingen", () => {
  it("12 months ahead keeps the day, or takes the month's last day", () => {
    expect(latestEndDate("2026-03-15")).toBe("2027-03-15");
    expect(addMonthsIso("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonthsIso("2028-02-29", 12)).toBe("2029-02-28");
  });

  it("nobody decides on their own request, and the first approver not on the second approval", () => {
    expect(decisionRefusal("a", { userId: "a", status: "requested", firstApproverId: null })).toMatch(/eigen aanvraag/);
    expect(decisionRefusal("b", { userId: "a", status: "awaiting_second", firstApproverId: "b" })).toMatch(/tweede CISO/);
    expect(decisionRefusal("c", { userId: "a", status: "awaiting_second", firstApproverId: "b" })).toBeNull();
  });

  it("renewal is offered for an approved exemption ending within 60 days", () => {
    expect(canRenew({ status: "approved", endsOn: "2026-03-01" }, "2026-01-01")).toBe(true);
    expect(canRenew({ status: "approved", endsOn: "2026-03-03" }, "2026-01-01")).toBe(false);
    expect(canRenew({ status: "revoked", endsOn: "2026-02-01" }, "2026-01-01")).toBe(false);
    expect(canRenew({ status: "approved", endsOn: "2025-12-31" }, "2026-01-01")).toBe(false);
  });
});
