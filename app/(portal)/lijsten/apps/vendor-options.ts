import { getDb } from "@/db";
import { listVendors } from "@/db/queries/lists";

export async function vendorOptions() {
  const rows = await listVendors(getDb());
  return rows.map((v) => ({ value: String(v.id), label: `${v.name} (${v.countryName})` }));
}
