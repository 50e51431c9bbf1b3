import type { Tx } from "@/db/client";
import type { CouncilSeedContext } from "@/lib/demo/seed-council";

/** The demo raadsvragen. */
export async function insertDemoCouncilQuestions(_tx: Tx, _context: CouncilSeedContext): Promise<void> {}
