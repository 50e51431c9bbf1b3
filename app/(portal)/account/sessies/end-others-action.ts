"use server";

import { users } from "@/db/schema";
import { endOpenSessions } from "@/db/queries/sessions";
import { action, ActionError } from "@/lib/action";
import { endOtherSessionsSchema } from "./schemas";

const PAGE = "/account/sessies";

// Apart from actions.ts: this action takes no input, so the property test over every form field has nothing to fill.
export const endOtherSessionsAction = action(
  { name: "session.end_all", schema: endOtherSessionsSchema, permission: "sessions.own" },
  async (_input, { viewer, tx, lock, audit }) => {
    // The person's row orders parallel requests, so the count in the audit row is what this request ended.
    await lock(users, viewer.id);
    const count = await endOpenSessions(tx, viewer.id, { keep: viewer.sessionId });
    if (count === 0) throw new ActionError("U heeft geen andere open sessies.");
    await audit({ action: "session.end_all", objectType: "user", objectId: viewer.id, after: { count, kept: viewer.sessionId } });
    const message = count === 1 ? "1 andere sessie is beëindigd." : `${count} andere sessies zijn beëindigd.`;
    return { message, redirectTo: PAGE, revalidate: [PAGE] };
  },
);
