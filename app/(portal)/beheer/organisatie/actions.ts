"use server";

import { eq } from "drizzle-orm";
import { organisation } from "@/db/schema";
import { action, ActionError } from "@/lib/action";
import { organisationSchema, sessionSettingsSchema } from "./schemas";

const columns = {
  name: organisation.name,
  contactEmail: organisation.contactEmail,
  contactPhone: organisation.contactPhone,
  websiteUrl: organisation.websiteUrl,
  councilAnswerTermDays: organisation.councilAnswerTermDays,
};

export const updateOrganisationAction = action(
  { name: "organisation.update", schema: organisationSchema, permission: "organisation.manage" },
  async (input, { tx, audit, lock }) => {
    // Locked, so of two parallel saves each audit row's "before" is what the other one left.
    await lock(organisation, 1);
    const [before] = await tx.select(columns).from(organisation).where(eq(organisation.id, 1));
    // A PostgreSQL installation may start without the row; the first save creates it.
    const [after] = before
      ? await tx.update(organisation).set({ ...input, updatedAt: new Date() }).where(eq(organisation.id, 1)).returning(columns)
      : await tx.insert(organisation).values({ id: 1, ...input }).returning(columns);
    await audit({ action: before ? "organisation.update" : "organisation.create", objectType: "organisation", objectId: 1, before: before ?? null, after });
    return { message: "De gegevens van de organisatie zijn opgeslagen.", redirectTo: "/beheer/organisatie", revalidate: ["/beheer/organisatie"] };
  },
);

const sessionColumns = { sessionIdleMinutes: organisation.sessionIdleMinutes, sessionAbsoluteHours: organisation.sessionAbsoluteHours };

/** How long a session lasts; open sessions follow the new values at their next request. */
export const updateSessionSettingsAction = action(
  { name: "session.settings.update", schema: sessionSettingsSchema, permission: "organisation.manage" },
  async (input, { tx, audit, lock }) => {
    // Locked, so of two parallel saves each audit row's "before" is what the other one left.
    await lock(organisation, 1);
    const [before] = await tx.select(sessionColumns).from(organisation).where(eq(organisation.id, 1));
    if (!before) throw new ActionError("Sla eerst de gegevens van de organisatie op.");
    const [after] = await tx.update(organisation).set({ ...input, updatedAt: new Date() }).where(eq(organisation.id, 1)).returning(sessionColumns);
    await audit({ action: "session.settings.update", objectType: "organisation", objectId: 1, before, after });
    return { message: "De sessieduur is opgeslagen.", redirectTo: "/beheer/organisatie", revalidate: ["/beheer/organisatie"] };
  },
);
