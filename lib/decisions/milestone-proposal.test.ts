import { describe, expect, it } from "vitest";
import { addCalendarDays, proposeMilestones } from "./milestone-proposal";

describe("proposed milestones (seed 002: communication at +2 weeks, completion at +8 weeks)", () => {
  it("plans start communicatie two weeks and afronding eight weeks after the decision", () => {
    expect(proposeMilestones("2023-06-06")).toEqual([
      { title: "Start communicatie", dueOn: "2023-06-20" },
      { title: "Afronding", dueOn: "2023-08-01" },
    ]);
  });

  it("carries over a month end and a year end", () => {
    expect(proposeMilestones("2026-11-25")).toEqual([
      { title: "Start communicatie", dueOn: "2026-12-09" },
      { title: "Afronding", dueOn: "2027-01-20" },
    ]);
    expect(proposeMilestones("2026-12-20").map((m) => m.dueOn)).toEqual(["2027-01-03", "2027-02-14"]);
  });

  it("counts February in a leap year and across the change to summer time", () => {
    expect(proposeMilestones("2028-02-20").map((m) => m.dueOn)).toEqual(["2028-03-05", "2028-04-16"]);
    expect(addCalendarDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addCalendarDays("2026-03-29", 1)).toBe("2026-03-30");
    expect(addCalendarDays("2026-01-01", -1)).toBe("2025-12-31");
  });
});
