"use server";

import { users } from "@/db/schema";
import { action, ActionError, RecordDenied } from "@/lib/action";
import { formatDateTime } from "@/lib/dates";
import { acknowledgePolicy } from "@/lib/policy/acknowledge";
import { clientIp } from "@/lib/request";
import { acknowledgeSchema } from "./schemas";

/**
 * The person's statement that they read the current policy version. The record it guards is the
 * person's own account, known only from the session, so the handler locks it (a record rule's loader
 * sees the form alone) until the statement and its audit event are committed: of their parallel
 * submissions (a double click, a second tab) one stores the statement and the others are told it was
 * already done. The form cannot name anyone else.
 */
export const acknowledgePolicyAction = action(
  { name: "policy.acknowledge", schema: acknowledgeSchema, permission: "policy.acknowledge" },
  async ({ policyVersionId }, { viewer, tx, lock, audit }) => {
    // Inside the transaction only: a read through the shared client here would wait forever on PGlite.
    if (!(await lock(users, viewer.id))) throw new ActionError("Uw account bestaat niet meer.");
    const outcome = await acknowledgePolicy(tx, policyVersionId, { userId: viewer.id, ip: await clientIp() }, audit);
    switch (outcome.status) {
      case "missing":
        throw new ActionError("Deze beleidsversie bestaat niet.");
      case "not-current":
        throw new ActionError("Dit is niet de versie van het beleid die nu geldt. Open de pagina opnieuw en lees de huidige versie.");
      case "not-in-audience":
        throw new RecordDenied({ objectType: "policy_version", objectId: String(policyVersionId) });
      case "already":
        return { message: `U had al kennisgenomen van versie ${outcome.versionNumber}, op ${formatDateTime(outcome.acknowledgement.acknowledgedAt)}. Er is niets veranderd.` };
      case "acknowledged":
        return {
          message: `Dank u. U heeft kennisgenomen van versie ${outcome.versionNumber} van het beleid. Uw ontvangstbewijs staat hieronder.`,
          redirectTo: "/kennisnemen",
          revalidate: ["/kennisnemen", "/overzicht", `/beleid/${policyVersionId}/kennisnames`],
        };
    }
  },
);
