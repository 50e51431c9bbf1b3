import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organisation } from "@/db/schema";

/** The number of managed devices the CISO recorded, and when: the base of the coverage on /apparaten. */
export async function getManagedDeviceTotal(db: Db): Promise<{ value: number | null; setAt: Date | null }> {
  const [row] = await db
    .select({ value: organisation.managedDeviceTotal, setAt: organisation.managedDeviceTotalSetAt })
    .from(organisation)
    .where(eq(organisation.id, 1));
  return row ?? { value: null, setAt: null };
}
