import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { freshDb, testDatabases } from "@/test/databases";
import { decisionMilestones, decisions } from "@/db/schema";
import { decisionStatuses } from "@/db/schema/enums";
import type { Db } from "@/db/client";
import { addCalendarDays } from "@/lib/decisions/milestone-proposal";
import { decisionProgress, milestoneState, nextOpenMilestone } from "@/lib/decisions/progress";
import { decisionsAtRisk, getDecision, listDecisions } from "./decisions";

const today = "2026-12-28";
const published = new Date("2026-12-01T09:00:00Z");

// A decision with up to four milestones due from 20 days ago to 20 days ahead, some done.
const caseArb = fc.record({
  status: fc.constantFrom(...decisionStatuses),
  published: fc.boolean(),
  milestones: fc.array(fc.record({ due: fc.integer({ min: -20, max: 20 }), done: fc.option(fc.integer({ min: -30, max: 0 }), { nil: null }) }), { maxLength: 4 }),
});

describe.each(testDatabases)("decision queries on $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  const expected = new Map<number, { progress: string; next: { title: string; dueOn: string; state: string } | null; published: boolean }>();

  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
    const cases = fc.sample(caseArb, { numRuns: 120, seed: 20230606 });
    for (const [index, c] of cases.entries()) {
      const [row] = await db.insert(decisions).values({
        number: `T-${index}`, decidedOn: addCalendarDays(today, -30), subject: `Besluit ${index}`, decisionPoints: "1. Iets besluiten.", status: c.status, publishedAt: c.published ? published : null,
      }).returning({ id: decisions.id });
      const milestones = c.milestones.map((m, i) => ({ title: `Stap ${i}`, dueOn: addCalendarDays(today, m.due), doneOn: m.done === null ? null : addCalendarDays(today, m.done) }));
      if (milestones.length) await db.insert(decisionMilestones).values(milestones.map((m, position) => ({ ...m, position, decisionId: row.id })));
      // Ties on the due date: the query takes the lowest id, which is the first inserted.
      const next = c.status === "in_progress" ? nextOpenMilestone(milestones) : null;
      expected.set(row.id, {
        progress: decisionProgress({ status: c.status, milestones }, today),
        next: next ? { title: next.title, dueOn: next.dueOn, state: milestoneState(next, today) } : null,
        published: c.published,
      });
    }
  });
  afterAll(() => close());

  it("computes every decision's progress and next milestone in SQL exactly as lib/decisions/progress.ts does", async () => {
    const rows = await listDecisions(db, { includeDrafts: true }, today);
    expect(rows).toHaveLength(expected.size);
    // The sample covers every outcome, or the comparison proves little.
    expect(new Set(rows.map((r) => r.progress))).toEqual(new Set(["on_track", "at_risk", "overdue", "done", "stopped"]));
    for (const row of rows) {
      const want = expected.get(row.id)!;
      expect({ id: row.id, progress: row.progress }).toEqual({ id: row.id, progress: want.progress });
      expect(row.nextMilestone ? { title: row.nextMilestone.title, dueOn: row.nextMilestone.dueOn, state: row.nextMilestone.state } : null).toEqual(want.next);
    }
  });

  it("gives readers only published decisions, filters on progress, and lists the ones at risk or overdue", async () => {
    const forReaders = await listDecisions(db, { includeDrafts: false }, today);
    expect(forReaders.map((r) => r.id).sort()).toEqual([...expected].filter(([, e]) => e.published).map(([id]) => id).sort());
    const overdue = await listDecisions(db, { includeDrafts: true, progress: "overdue" }, today);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((r) => expected.get(r.id)!.progress === "overdue")).toBe(true);
    const atRisk = await decisionsAtRisk(db, today);
    expect(atRisk.map((r) => r.id).sort()).toEqual([...expected].filter(([, e]) => e.published && ["at_risk", "overdue"].includes(e.progress)).map(([id]) => id).sort());
  });

  it("getDecision gives each milestone its state, in due order, and the decision's progress", async () => {
    const [id] = [...expected].find(([, e]) => e.progress === "overdue")!;
    const decision = (await getDecision(db, id, today))!;
    expect(decision.progress).toBe("overdue");
    for (const m of decision.milestones) expect(m.state).toBe(milestoneState(m, today));
    expect(decision.milestones.map((m) => m.dueOn)).toEqual([...decision.milestones.map((m) => m.dueOn)].sort());
    expect(await getDecision(db, 999_999, today)).toBeNull();
  });
});
