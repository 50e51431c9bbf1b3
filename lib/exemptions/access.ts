import type { Db } from "@/db/client";
import { getExemptionView, type ExemptionView } from "@/db/queries/exemptions";
import type { Role } from "@/db/schema/enums";
import { writeRefusalAudit } from "@/lib/audit/refusals";
import { can } from "@/lib/auth/permissions";

type Reader = { id: string; name: string; roles: Role[] };

/**
 * An exemption as its page may show it: to the requester and to CISOs. For anyone else it does not
 * exist (the same answer as an unknown id, so its existence does not leak), and the attempt is logged.
 */
export async function getVisibleExemption(db: Db, viewer: Reader, id: number, ip: string | null): Promise<ExemptionView | null> {
  const exemption = await getExemptionView(db, id);
  if (!exemption) return null;
  if (exemption.userId === viewer.id || can(viewer.roles, "exemptions.decide")) return exemption;
  await writeRefusalAudit(db, { actorId: viewer.id, actorLabel: viewer.name, action: "page.open", objectType: "exemption", objectId: id, ip });
  return null;
}
