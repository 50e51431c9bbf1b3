"use server";

import { eq } from "drizzle-orm";
import { organisation } from "@/db/schema";
import { action, ActionError } from "@/lib/action";
import { sessionSettingsSchema } from "./schemas";

const columns = { sessionIdleMinutes: organisation.sessionIdleMinutes, sessionAbsoluteHours: organisation.sessionAbsoluteHours };

/** How long a session lasts; open sessions follow the new values at their next request. */
export const updateSessionSettingsAction = action(
  { name: "session.settings.update", schema: sessionSettingsSchema, permission: "organisation.manage" },
  async (input, { tx, audit, lock }) => {
    // Locked, so of two parallel saves each audit row's "before" is what the other one left.
    await lock(organisation, 1);
    const [before] = await tx.select(columns).from(organisation).where(eq(organisation.id, 1));
    if (!before) throw new ActionError("Sla eerst de gegevens van de organisatie op.");
    const [after] = await tx.update(organisation).set({ ...input, updatedAt: new Date() }).where(eq(organisation.id, 1)).returning(columns);
    await audit({ action: "session.settings.update", objectType: "organisation", objectId: 1, before, after });
    return { message: "De sessieduur is opgeslagen.", redirectTo: "/beheer/organisatie", revalidate: ["/beheer/organisatie"] };
  },
);
