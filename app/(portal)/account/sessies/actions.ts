"use server";

import { eq } from "drizzle-orm";
import { userSessions, users } from "@/db/schema";
import { endOpenSessions } from "@/db/queries/sessions";
import { action, ActionError, RecordDenied } from "@/lib/action";
import { endOtherSessionsSchema, endSessionSchema } from "./schemas";

const PAGE = "/account/sessies";
// One answer for an unknown id and for someone else's session: the page does not confirm that a session exists.
const NOT_FOUND = "Deze sessie bestaat niet of is al beëindigd.";

export const endSessionAction = action(
  {
    name: "session.end",
    schema: endSessionSchema,
    permission: "sessions.own",
    // Locked, so of parallel requests to end the same session only the first finds it open.
    record: { load: ({ id }, lock) => lock(userSessions, id), missing: NOT_FOUND },
  },
  async ({ id }, { viewer, tx, record, audit }) => {
    if (record.userId !== viewer.id) throw new RecordDenied({ objectType: "session", objectId: id }, NOT_FOUND);
    if (record.endedAt) throw new ActionError(NOT_FOUND);
    const now = new Date();
    await tx.update(userSessions).set({ endedAt: now }).where(eq(userSessions.id, id));
    await audit({ action: "session.end", objectType: "session", objectId: id, before: { endedAt: null }, after: { endedAt: now } });
    return { message: "De sessie is beëindigd. Wie die sessie gebruikte, moet opnieuw inloggen.", redirectTo: PAGE, revalidate: [PAGE] };
  },
);

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
