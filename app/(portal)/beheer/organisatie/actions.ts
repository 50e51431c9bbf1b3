"use server";

import { eq } from "drizzle-orm";
import { organisation } from "@/db/schema";
import { action } from "@/lib/action";
import { organisationSchema } from "./schemas";

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
