import { eq, like } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { councilQuestions, crossReferences, decisions } from "@/db/schema";
import { writeAudit } from "@/lib/audit/chain";
import { insertDemoMemos } from "@/lib/demo/seed-memos";
import { insertDemoDecisions } from "@/lib/demo/seed-decisions";
import { insertDemoCouncilQuestions } from "@/lib/demo/seed-council-questions";
import { orderedPair, type LinkEnd } from "@/lib/links/kinds";

/** What the council demo data refers to: the people, the first list and policy version, and today. */
export type CouncilSeedContext = {
  userId: (email: string) => string;
  listVersionId: number;
  policyVersionId: number;
  /** yyyy-mm-dd */
  today: string;
  now: Date;
};

const SYSTEM = { actorId: null, actorLabel: "systeem (demogegevens)", result: "success" as const, ip: null };

/**
 * The council side of the demo: the Goirle memo (seed 001), the Barneveld decision (seed 002) and the Den Haag
 * raadsvragen (seed 000) with one open question past its term, and the links between them. Each part writes its
 * own audit rows.
 */
export async function insertDemoCouncil(tx: Tx, context: CouncilSeedContext) {
  const memoIds = await insertDemoMemos(tx, context);
  await insertDemoDecisions(tx, { ...context, memoIds });
  await insertDemoCouncilQuestions(tx, context);
  await insertDemoLinks(tx, context, memoIds);
}

// The Barneveld decision refers to the memo that told the raad and to the policy that carries it out; the TikTok
// raadsvraag refers to the decision. (Decision 2023-0455 is left without links: the e2e test links it.)
async function insertDemoLinks(tx: Tx, context: CouncilSeedContext, memoIds: number[]) {
  const [decision] = await tx.select({ id: decisions.id }).from(decisions).where(eq(decisions.number, "2023-0412"));
  const [tiktok] = await tx.select({ id: councilQuestions.id }).from(councilQuestions).where(like(councilQuestions.reference, "RV %-031"));
  if (!decision) return;
  const pairs: [LinkEnd, LinkEnd][] = [[{ kind: "decision", id: decision.id }, { kind: "policy_version", id: context.policyVersionId }]];
  if (memoIds[0]) pairs.push([{ kind: "decision", id: decision.id }, { kind: "memo", id: memoIds[0] }]);
  if (tiktok) pairs.push([{ kind: "council_question", id: tiktok.id }, { kind: "decision", id: decision.id }]);
  for (const [a, b] of pairs) {
    const { from, to } = orderedPair(a, b);
    const [row] = await tx.insert(crossReferences).values({ fromKind: from.kind, fromId: from.id, toKind: to.kind, toId: to.id }).returning({ id: crossReferences.id });
    await writeAudit(tx, { ...SYSTEM, action: "link.create", objectType: "cross_reference", objectId: row.id, after: { from, to } });
  }
}
