import { describe, expect, it } from "vitest";
import { decisionProgress, milestoneState, nextOpenMilestone } from "./progress";

const today = "2026-11-26";
const m = (dueOn: string, doneOn: string | null = null) => ({ dueOn, doneOn });

describe("milestone state", () => {
  it("a done date makes it done, even when finished late", () => {
    expect(milestoneState(m("2026-10-01", "2026-11-20"), today)).toBe("done");
  });
  it("open past its due date is overdue; due today or within 7 days is due soon; later is open", () => {
    expect(milestoneState(m("2026-11-25"), today)).toBe("overdue");
    expect(milestoneState(m("2026-11-26"), today)).toBe("due_soon");
    expect(milestoneState(m("2026-12-03"), today)).toBe("due_soon");
    expect(milestoneState(m("2026-12-04"), today)).toBe("open");
  });
});

describe("decision progress", () => {
  const inProgress = (...milestones: ReturnType<typeof m>[]) => ({ status: "in_progress" as const, milestones });

  it("is on track without milestones, or when nothing open is due within a week", () => {
    expect(decisionProgress(inProgress(), today)).toBe("on_track");
    expect(decisionProgress(inProgress(m("2026-11-01", "2026-11-01"), m("2027-01-10")), today)).toBe("on_track");
  });
  it("is at risk when an open milestone is due within 7 days", () => {
    expect(decisionProgress(inProgress(m("2026-11-10", "2026-11-09"), m("2026-12-01")), today)).toBe("at_risk");
  });
  it("is overdue when an open milestone passed its due date, whatever else is due soon", () => {
    expect(decisionProgress(inProgress(m("2026-11-20"), m("2026-12-01")), today)).toBe("overdue");
  });
  it("is done when every milestone is done, or when the decision is carried out", () => {
    expect(decisionProgress(inProgress(m("2026-11-20", "2026-11-21"), m("2026-12-01", "2026-11-25")), today)).toBe("done");
    expect(decisionProgress({ status: "completed", milestones: [m("2026-11-20")] }, today)).toBe("done");
  });
  it("a withdrawn decision has stopped, whatever its milestones", () => {
    expect(decisionProgress({ status: "withdrawn", milestones: [m("2026-11-20")] }, today)).toBe("stopped");
  });
  it("the next milestone is the earliest one not done", () => {
    const list = [m("2026-12-20"), m("2026-11-01", "2026-11-02"), m("2026-12-05")];
    expect(nextOpenMilestone(list)).toBe(list[2]);
    expect(nextOpenMilestone([m("2026-11-01", "2026-11-02")])).toBeNull();
  });
});
