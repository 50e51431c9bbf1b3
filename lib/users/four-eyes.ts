import type { Tx } from "@/db/client";
import type { Role, RoleChangeKind } from "@/db/schema/enums";
import { countApprovers, getPendingRequestFor, insertRequest } from "@/db/queries/role-changes";
import { ActionError } from "@/lib/action";

export const REASON_REQUIRED = "Schrijf op waarom dit nodig is. De beheerder die beslist, leest dit.";

/**
 * Records a request that a second beheerder must decide on. The caller holds the lock on the
 * person's row, so two requests for one person cannot both pass the check; the partial unique
 * index on open requests is the backstop.
 */
export async function openRequest(
  tx: Tx,
  input: { kind: RoleChangeKind; user: { id: string; name: string }; roles: Role[] | null; reason: string | null; reasonField: string; requestedById: string },
) {
  if (!input.reason) {
    throw new ActionError("Niet alle velden zijn goed ingevuld. Controleer de gemarkeerde velden.", { [input.reasonField]: [REASON_REQUIRED] });
  }
  if (await getPendingRequestFor(tx, input.user.id)) throw new ActionError(pendingRefusal(input.user.name));
  const id = await insertRequest(tx, {
    kind: input.kind,
    userId: input.user.id,
    roles: input.roles,
    reason: input.reason,
    requestedById: input.requestedById,
  });
  const approvers = await countApprovers(tx, [input.requestedById, input.user.id]);
  return { id, approvers };
}

export const pendingRefusal = (name: string) =>
  `Voor ${name} staat al een aanvraag open. Wacht tot een andere beheerder erover beslist, of trek de aanvraag in op de pagina Goedkeuringen.`;

/** What the requester reads: who must act now, or how to proceed when nobody can. */
export function waitingMessage(approvers: number): string {
  return approvers > 0
    ? "Een andere beheerder moet dit eerst goedkeuren op de pagina Goedkeuringen."
    : "Er is nu geen andere beheerder die dit kan goedkeuren. Laat op de server met het beheerscript een tweede beheerder aanmaken (zie de handleiding, onderdeel Beheer).";
}
