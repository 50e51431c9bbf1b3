"use server";

import { eq } from "drizzle-orm";
import { countries } from "@/db/schema";
import { action, ActionError } from "@/lib/action";
import type { LockRow } from "@/lib/record-lock";
import { createCountrySchema, delistCountrySchema, relistCountrySchema, updateCountrySchema } from "./schemas";

const revalidate = ["/lijsten", "/lijsten/landen"];

type Country = typeof countries.$inferSelect;
// The country is locked while it is checked and changed, so parallel requests cannot both pass the check.
const country = (check?: (row: Country) => string | null) => ({
  load: ({ id }: { id: number }, lock: LockRow) => lock(countries, id),
  missing: "Dit land bestaat niet (meer).",
  check,
});

export const createCountryAction = action(
  { name: "country.create", schema: createCountrySchema, permission: "lists.edit" },
  async (input, { tx, audit }) => {
    const [existing] = await tx.select({ id: countries.id }).from(countries).where(eq(countries.code, input.code));
    if (existing) throw new ActionError("Dit land staat al in de lijst.", { code: ["Er is al een land met deze code. Zet dat land zo nodig weer op de lijst."] });
    const [created] = await tx.insert(countries).values(input).returning();
    await audit({ action: "country.create", objectType: "country", objectId: created.id, after: created });
    return { message: `${created.name} is toegevoegd aan het concept.`, redirectTo: "/lijsten/landen", revalidate };
  },
);

export const updateCountryAction = action(
  { name: "country.update", schema: updateCountrySchema, permission: "lists.edit", record: country() },
  async ({ id, ...fields }, { tx, audit, record: before }) => {
    const [after] = await tx.update(countries).set({ ...fields, updatedAt: new Date() }).where(eq(countries.id, id)).returning();
    await audit({ action: "country.update", objectType: "country", objectId: id, before, after });
    return { message: `De gegevens van ${after.name} zijn opgeslagen.`, redirectTo: "/lijsten/landen", revalidate };
  },
);

export const delistCountryAction = action(
  {
    name: "country.delist", schema: delistCountrySchema, permission: "lists.edit",
    record: country((row) => (row.delistedOn ? `${row.name} staat al niet meer op de lijst.` : null)),
  },
  async ({ id, delistedOn, delistReason }, { tx, audit, record: before }) => {
    const [after] = await tx.update(countries).set({ delistedOn, delistReason, updatedAt: new Date() }).where(eq(countries.id, id)).returning();
    await audit({ action: "country.delist", objectType: "country", objectId: id, before, after });
    return { message: `${after.name} gaat van de lijst bij de volgende lijstversie.`, redirectTo: "/lijsten/landen", revalidate };
  },
);

export const relistCountryAction = action(
  {
    name: "country.relist", schema: relistCountrySchema, permission: "lists.edit",
    record: country((row) => (row.delistedOn ? null : `${row.name} staat al op de lijst.`)),
  },
  async ({ id }, { tx, audit, record: before }) => {
    const [after] = await tx.update(countries).set({ delistedOn: null, delistReason: null, updatedAt: new Date() }).where(eq(countries.id, id)).returning();
    await audit({ action: "country.relist", objectType: "country", objectId: id, before, after });
    return { message: `${after.name} staat weer op de lijst bij de volgende lijstversie.`, redirectTo: "/lijsten/landen", revalidate };
  },
);
