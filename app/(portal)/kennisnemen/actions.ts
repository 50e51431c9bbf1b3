"use server";

import { policyVersions } from "@/db/schema";
import { action, ActionError, RecordDenied } from "@/lib/action";
import { formatDateTime } from "@/lib/dates";
import { acknowledgePolicy } from "@/lib/policy/acknowledge";
import { clientIp } from "@/lib/request";
import { acknowledgeSchema } from "./schemas";

/**
 * The person's statement that they read the current policy version. The version row stays locked until
 * the row and its audit event are committed, so of parallel submissions (a double click, a second tab)
 * one stores the statement and the others are told it was already done.
 */
export const acknowledgePolicyAction = action(
  {
    name: "policy.acknowledge",
    schema: acknowledgeSchema,
    permission: "policy.acknowledge",
    record: {
      load: (input, lock) => lock(policyVersions, input.policyVersionId),
      missing: "Deze beleidsversie bestaat niet.",
    },
  },
  async (_input, { viewer, tx, record: version, audit }) => {
    const outcome = await acknowledgePolicy(tx, version, { userId: viewer.id, ip: await clientIp() }, audit);
    switch (outcome.status) {
      case "not-current":
        throw new ActionError("Dit is niet de versie van het beleid die nu geldt. Open de pagina opnieuw en lees de huidige versie.");
      case "not-in-audience":
        throw new RecordDenied({ objectType: "policy_version", objectId: String(version.id) });
      case "already":
        return { message: `U had al kennisgenomen van versie ${version.number}, op ${formatDateTime(outcome.acknowledgement.acknowledgedAt)}. Er is niets veranderd.` };
      case "acknowledged":
        return {
          message: `Dank u. U heeft kennisgenomen van versie ${version.number} van het beleid. Uw ontvangstbewijs staat hieronder.`,
          redirectTo: "/kennisnemen",
          revalidate: ["/kennisnemen", "/overzicht", `/beleid/${version.id}/kennisnames`],
        };
    }
  },
);
