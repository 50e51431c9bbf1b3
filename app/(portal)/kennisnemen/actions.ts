"use server";

import { users } from "@/db/schema";
import { action, ActionError, RecordDenied } from "@/lib/action";
import { getViewer } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { acknowledgePolicy } from "@/lib/policy/acknowledge";
import { clientIp } from "@/lib/request";
import { acknowledgeSchema } from "./schemas";

/**
 * The person's statement that they read the current policy version. The record is the person's own
 * account, locked until the statement and its audit event are committed: of their parallel submissions
 * (a double click, a second tab) one stores the statement and the others are told it was already done.
 * Whose statement it is comes from the session only; the form cannot name anyone.
 */
export const acknowledgePolicyAction = action(
  {
    name: "policy.acknowledge",
    schema: acknowledgeSchema,
    permission: "policy.acknowledge",
    record: {
      // The session was checked just before; getViewer is cached for the request.
      load: async (_input, lock) => {
        const viewer = await getViewer();
        return viewer ? lock(users, viewer.id) : null;
      },
      missing: "U bent niet ingelogd. Log opnieuw in en probeer het nog eens.",
    },
  },
  async ({ policyVersionId }, { viewer, tx, audit }) => {
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
