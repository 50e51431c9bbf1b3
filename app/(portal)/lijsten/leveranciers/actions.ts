"use server";

import { and, eq, ne, sql } from "drizzle-orm";
import { vendors } from "@/db/schema";
import type { Tx } from "@/db/client";
import { getCountry } from "@/db/queries/lists";
import { action, ActionError } from "@/lib/action";
import { updateVendorSchema, vendorFieldsSchema } from "./schemas";

const revalidate = ["/lijsten", "/lijsten/leveranciers", "/lijsten/apps"];

async function checkVendor(tx: Tx, name: string, countryId: number, exceptId?: number) {
  const country = await getCountry(tx, countryId);
  if (!country) throw new ActionError("Kies een land uit de lijst.", { countryId: ["Kies een land uit de lijst."] });
  const sameName = and(eq(sql`lower(${vendors.name})`, name.toLowerCase()), exceptId ? ne(vendors.id, exceptId) : undefined);
  const [duplicate] = await tx.select({ id: vendors.id }).from(vendors).where(sameName);
  if (duplicate) throw new ActionError("Deze leverancier bestaat al.", { name: ["Er is al een leverancier met deze naam."] });
}

export const createVendorAction = action(
  { name: "vendor.create", schema: vendorFieldsSchema, permission: "lists.edit" },
  async (input, { tx, audit }) => {
    await checkVendor(tx, input.name, input.countryId);
    const [created] = await tx.insert(vendors).values(input).returning();
    await audit({ action: "vendor.create", objectType: "vendor", objectId: created.id, after: created });
    return { message: `Leverancier ${created.name} is toegevoegd.`, redirectTo: "/lijsten/leveranciers", revalidate };
  },
);

export const updateVendorAction = action(
  {
    name: "vendor.update", schema: updateVendorSchema, permission: "lists.edit",
    // Locked while it is checked and changed, so parallel edits are applied one after the other.
    record: { load: ({ id }, lock) => lock(vendors, id), missing: "Deze leverancier bestaat niet (meer)." },
  },
  async ({ id, ...fields }, { tx, audit, record: before }) => {
    await checkVendor(tx, fields.name, fields.countryId, id);
    const [after] = await tx.update(vendors).set({ ...fields, updatedAt: new Date() }).where(eq(vendors.id, id)).returning();
    await audit({ action: "vendor.update", objectType: "vendor", objectId: id, before, after });
    return { message: `De gegevens van ${after.name} zijn opgeslagen.`, redirectTo: "/lijsten/leveranciers", revalidate };
  },
);
