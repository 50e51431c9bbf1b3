import type { Tx } from "@/db/client";
import { insertDemoMemos } from "@/lib/demo/seed-memos";
import { insertDemoDecisions } from "@/lib/demo/seed-decisions";
import { insertDemoCouncilQuestions } from "@/lib/demo/seed-council-questions";

/** What the council demo data refers to: the people, the first list and policy version, and today. */
export type CouncilSeedContext = {
  userId: (email: string) => string;
  listVersionId: number;
  policyVersionId: number;
  /** yyyy-mm-dd */
  today: string;
  now: Date;
};

/**
 * The council side of the demo: the Goirle memo (seed 001), the Barneveld decision (seed 002) and the Den Haag
 * raadsvragen (seed 000) with one open question past its term. Each part writes its own audit rows.
 */
export async function insertDemoCouncil(tx: Tx, context: CouncilSeedContext) {
  const memos = await insertDemoMemos(tx, context);
  await insertDemoDecisions(tx, { ...context, memoIds: memos });
  await insertDemoCouncilQuestions(tx, context);
}
