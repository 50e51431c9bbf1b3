import { getDb } from "@/db";
import { listCountries } from "@/db/queries/lists";

/** Countries a vendor can belong to: those on the list, plus the vendor's current one. */
export async function countryOptions(currentId?: number) {
  const rows = await listCountries(getDb());
  return rows
    .filter((c) => !c.delistedOn || c.id === currentId)
    .map((c) => ({ value: String(c.id), label: `${c.name} (${c.code})${c.delistedOn ? " – van de lijst" : ""}` }));
}
