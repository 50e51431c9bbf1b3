import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organisation, users } from "@/db/schema";
import { importInventory } from "@/lib/inventory/import";
import { demoInventoryCsv, demoRounds } from "./inventory-files";

const DAY = 24 * 60 * 60 * 1000;
const WEEKS_BETWEEN = 3;

async function* chunks(text: string, size = 256 * 1024) {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/**
 * Three demo imports, three weeks apart, run through the real import (COPY, classification, audit row), so
 * the demo shows the trend and a current inventory of 695 devices with TikTok on 33. Run after seedDemo, on
 * first start only: the tests that seed the demo do not pay for it.
 */
export async function seedDemoInventory(db: Db, now = new Date()): Promise<void> {
  const [ciso] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, "ciso@voorbeeld.nl"));
  await db.update(organisation).set({ managedDeviceTotal: 720, managedDeviceTotalSetAt: new Date(now.getTime() - 50 * DAY) });
  for (const [i, round] of demoRounds.entries()) {
    const at = new Date(now.getTime() - (demoRounds.length - 1 - i) * WEEKS_BETWEEN * 7 * DAY);
    const result = await importInventory(db, {
      actor: { id: ciso.id, name: ciso.name },
      ip: null,
      fileName: `AppInvRawData-${at.toISOString().slice(0, 10)}.csv`,
      body: chunks(demoInventoryCsv(round)),
      now: at,
    });
    if (!result.ok) throw new Error(`Demo-inventaris ${i + 1} is geweigerd: ${result.message}`);
  }
}
