import type { Tx } from "@/db/client";
import type { CouncilSeedContext } from "@/lib/demo/seed-council";

/** The demo collegebesluiten. */
export async function insertDemoDecisions(_tx: Tx, _context: CouncilSeedContext & { memoIds: number[] }): Promise<void> {}
