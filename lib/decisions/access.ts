import type { Db } from "@/db/client";
import { getDecision, type DecisionView } from "@/db/queries/decisions";
import type { Role } from "@/db/schema/enums";
import { writeRefusalAudit } from "@/lib/audit/refusals";
import { can } from "@/lib/auth/permissions";

type Reader = { id: string; name: string; roles: Role[] };

/** Drafts are for those who manage decisions; a published decision is for every signed-in reader. */
export const maySeeDecision = (viewer: Pick<Reader, "roles">, decision: { publishedAt: Date | null }) =>
  decision.publishedAt !== null || can(viewer.roles, "decisions.manage");

/**
 * A decision as its page may show it. A draft does not exist for a reader (the same answer as an unknown
 * id, so a draft's existence does not leak), and the attempt is logged as denied.
 */
export async function getVisibleDecision(db: Db, viewer: Reader, id: number, ip: string | null): Promise<DecisionView | null> {
  const decision = await getDecision(db, id);
  if (!decision) return null;
  if (maySeeDecision(viewer, decision)) return decision;
  await writeRefusalAudit(db, { actorId: viewer.id, actorLabel: viewer.name, action: "page.open", objectType: "council_decision", objectId: id, ip });
  return null;
}
