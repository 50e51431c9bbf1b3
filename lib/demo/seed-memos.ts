import type { Tx } from "@/db/client";
import type { CouncilSeedContext } from "@/lib/demo/seed-council";

/** The demo memos; returns their ids (decision milestones use them as evidence). */
export async function insertDemoMemos(_tx: Tx, _context: CouncilSeedContext): Promise<number[]> {
  return [];
}
