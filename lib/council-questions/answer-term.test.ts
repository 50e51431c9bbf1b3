import { describe, expect, it } from "vitest";
import { addDaysIso, daysUntil, dueOn, questionState } from "./answer-term";

describe("answer term of a raadsvraag", () => {
  it("is the received date plus the term in calendar days", () => {
    expect(dueOn({ receivedOn: "2023-03-21", answerTermDays: 30, delays: [] })).toBe("2023-04-20");
    expect(dueOn({ receivedOn: "2026-02-10", answerTermDays: 28, delays: [] })).toBe("2026-03-10");
  });

  it("runs across a year end and a leap day", () => {
    expect(dueOn({ receivedOn: "2025-12-15", answerTermDays: 30, delays: [] })).toBe("2026-01-14");
    expect(dueOn({ receivedOn: "2027-12-31", answerTermDays: 60, delays: [] })).toBe("2028-02-29");
  });

  it("follows the delay notice recorded last, also across a year end", () => {
    const delays = [{ id: 4, newDueOn: "2026-01-31" }, { id: 9, newDueOn: "2026-02-14" }];
    expect(dueOn({ receivedOn: "2025-12-15", answerTermDays: 30, delays: [{ id: 4, newDueOn: "2026-01-31" }] })).toBe("2026-01-31");
    expect(dueOn({ receivedOn: "2025-12-15", answerTermDays: 30, delays: [...delays].reverse() })).toBe("2026-02-14");
  });

  it("state: answered wins, then overdue after the due day, due soon within 7 days, else open", () => {
    expect(questionState("2026-01-14", new Date(), "2026-03-01")).toBe("answered");
    expect(questionState("2026-01-14", null, "2026-01-15")).toBe("overdue");
    expect(questionState("2026-01-14", null, "2026-01-14")).toBe("due_soon");
    expect(questionState("2026-01-14", null, "2026-01-07")).toBe("due_soon");
    expect(questionState("2026-01-14", null, "2026-01-06")).toBe("open");
  });

  it("counts days across a daylight-saving change without drifting", () => {
    expect(addDaysIso("2026-03-28", 2)).toBe("2026-03-30");
    expect(daysUntil("2026-03-30", "2026-03-28")).toBe(2);
    expect(daysUntil("2026-01-10", "2026-01-14")).toBe(-4);
  });
});
