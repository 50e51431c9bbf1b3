"use server";

import { eq } from "drizzle-orm";
import { userSessions } from "@/db/schema";
import { action, ActionError, RecordDenied } from "@/lib/action";
import { endSessionSchema } from "./schemas";

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
