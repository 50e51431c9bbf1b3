import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DEFAULT_REMINDER_LADDER, type ReminderLadder } from "@/db/schema/policy";
import { addDays, dueStep, stepRank } from "./reminder-ladder";

const ladder = DEFAULT_REMINDER_LADDER;
const start = "2026-03-02";
const due = "2026-03-23";

describe("dueStep", () => {
  it("walks the ladder day by day when every day is run", () => {
    const sent: string[] = [];
    const byDay: Record<string, string> = {};
    for (let day = start; day <= "2026-04-13"; day = addDays(day, 1)) {
      const step = dueStep(ladder, start, due, day, sent);
      if (step) {
        sent.push(step);
        byDay[day] = step;
      }
    }
    expect(byDay).toEqual({
      "2026-03-02": "publication",
      "2026-03-16": "before-7",
      "2026-03-22": "before-1",
      "2026-03-23": "due",
      "2026-03-30": "overdue-1",
      "2026-04-06": "overdue-2",
      "2026-04-13": "overdue-3",
    });
  });

  it("sends nothing before the start and nothing twice on one day", () => {
    expect(dueStep(ladder, start, due, "2026-03-01", [])).toBeNull();
    expect(dueStep(ladder, start, due, "2026-03-02", ["publication"])).toBeNull();
    expect(dueStep(ladder, start, due, "2026-03-05", ["publication"])).toBeNull();
  });

  it("after missed days sends only the latest rung, never an earlier one afterwards", () => {
    expect(dueStep(ladder, start, due, "2026-03-24", ["publication"])).toBe("due");
    expect(dueStep(ladder, start, due, "2026-03-25", ["publication", "due"])).toBeNull();
    expect(dueStep(ladder, start, due, "2026-04-20", [])).toBe("overdue-4");
    expect(dueStep(ladder, start, due, "2026-03-22", ["publication", "due"])).toBeNull();
  });

  it("skips rungs that are switched off", () => {
    const quiet: ReminderLadder = { atPublication: false, daysBefore: [], onDueDate: false, weeklyWhileOverdue: false };
    for (let day = start; day <= "2026-05-01"; day = addDays(day, 1)) expect(dueStep(quiet, start, due, day, [])).toBeNull();
    const onlyDue: ReminderLadder = { ...quiet, onDueDate: true };
    expect(dueStep(onlyDue, start, due, "2026-03-02", [])).toBeNull();
    expect(dueStep(onlyDue, start, due, "2026-03-23", [])).toBe("due");
    expect(dueStep(onlyDue, start, due, "2026-04-23", ["due"])).toBeNull();
  });

  it("leaves out rungs that fall before a late joiner's start", () => {
    // Joined three days before their due date: "before-7" would lie before the start.
    expect(dueStep(ladder, "2026-03-20", "2026-03-23", "2026-03-20", [])).toBe("publication");
    expect(dueStep(ladder, "2026-03-20", "2026-03-23", "2026-03-21", ["publication"])).toBeNull();
    expect(dueStep(ladder, "2026-03-20", "2026-03-23", "2026-03-22", ["publication"])).toBe("before-1");
  });

  it("orders the rungs: publication, before (more days first), due, overdue by week", () => {
    const order = ["publication", "before-30", "before-7", "before-1", "due", "overdue-1", "overdue-2", "overdue-10"];
    expect([...order].sort((a, b) => stepRank(a) - stepRank(b))).toEqual(order);
  });

  it("never repeats a rung and never goes back down the ladder, whatever days are run", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 80 }), { maxLength: 40 }), fc.integer({ min: 0, max: 40 }), (offsets, term) => {
        const dueOn = addDays(start, term);
        const sent: string[] = [];
        for (const offset of [...offsets].sort((a, b) => a - b)) {
          const step = dueStep(ladder, start, dueOn, addDays(start, offset), sent);
          if (!step) continue;
          expect(sent).not.toContain(step);
          if (sent.length) expect(stepRank(step)).toBeGreaterThan(stepRank(sent.at(-1)!));
          sent.push(step);
        }
      }),
    );
  });
});
