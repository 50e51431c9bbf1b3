"use server";

import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { inventoryImports, inventoryRemovalRequests, organisation } from "@/db/schema";
import { getCurrentImport, listOwnersToAskForRemoval } from "@/db/queries/inventory";
import { action, ActionError } from "@/lib/action";
import { removalMail } from "@/lib/inventory/removal-mail";
import { enqueueMail } from "@/lib/mail/outbox";
import { countOf } from "@/lib/plural";
import type { LockRow } from "@/lib/record-lock";
import { managedTotalSchema, removalRequestSchema } from "./schemas";

const REVALIDATE = ["/apparaten"];

/** The id of the current inventory (db/queries/inventory.ts decides which one that is). */
const currentImportIdIn = async (tx: Tx) => (await getCurrentImport(tx))?.id ?? null;

/**
 * The CISO's count of managed devices, the base of every coverage figure. The organisation row is locked,
 * so two people saving at once leave one value and two truthful audit rows. The current inventory takes the
 * new total too, so its coverage can be stated now; older imports keep the total they had, for the trend.
 */
export const setManagedTotalAction = action(
  {
    name: "inventory.managed_total.set", schema: managedTotalSchema, permission: "devices.manage",
    record: { load: (_input: unknown, lock: LockRow) => lock(organisation, 1), missing: "De gegevens van de organisatie ontbreken. Neem contact op met de beheerder van het portaal." },
  },
  async ({ managedDeviceTotal }, { tx, audit, record: org }) => {
    const now = new Date();
    await tx.update(organisation).set({ managedDeviceTotal, managedDeviceTotalSetAt: now, updatedAt: now }).where(eq(organisation.id, 1));
    const currentImportId = await currentImportIdIn(tx);
    if (currentImportId) await tx.update(inventoryImports).set({ managedDeviceTotal }).where(eq(inventoryImports.id, currentImportId));
    await audit({
      action: "inventory.managed_total.set", objectType: "organisation", objectId: 1,
      before: { managedDeviceTotal: org.managedDeviceTotal }, after: { managedDeviceTotal, currentImportId },
    });
    return { message: `Het aantal beheerde apparaten is vastgelegd: ${managedDeviceTotal.toLocaleString("nl-NL")}.`, revalidate: REVALIDATE };
  },
);

/**
 * One e-mail per owner with a violation in the current inventory, through the outbox. The import row is locked,
 * so parallel clicks wait for each other; the primary key (import, person) of inventory_removal_request decides
 * who is new, so nobody is mailed twice for the same inventory, whatever happens.
 */
export const requestRemovalAction = action(
  {
    name: "inventory.removal.request", schema: removalRequestSchema, permission: "devices.manage",
    record: {
      load: (input: { importId: number }, lock: LockRow) => lock(inventoryImports, input.importId),
      missing: "Deze inventaris bestaat niet (meer). Ververs de pagina.",
      check: (imp) => (imp.status === "completed" ? null : "Deze inventaris is niet volledig ingelezen. Er is niemand gemaild."),
    },
  },
  async (_input, { viewer, tx, audit, record: imp }) => {
    if ((await currentImportIdIn(tx)) !== imp.id) {
      throw new ActionError("Er is intussen een nieuwere inventaris ingelezen. Er is niemand gemaild. Ververs de pagina en bekijk de nieuwe cijfers.");
    }
    const owners = await listOwnersToAskForRemoval(tx, imp.id);
    if (owners.length === 0) return { message: "Er zijn geen eigenaren met een overtreding in deze inventaris. Er is niemand gemaild." };

    const inserted = await tx
      .insert(inventoryRemovalRequests)
      .values(owners.map((o) => ({ importId: imp.id, userId: o.userId, requestedById: viewer.id })))
      .onConflictDoNothing()
      .returning({ userId: inventoryRemovalRequests.userId });
    const isNew = new Set(inserted.map((r) => r.userId));
    for (const owner of owners.filter((o) => isNew.has(o.userId))) {
      const messageId = await enqueueMail(tx, removalMail(owner, imp.finishedAt));
      await tx.update(inventoryRemovalRequests).set({ outboxMessageId: messageId })
        .where(and(eq(inventoryRemovalRequests.importId, imp.id), eq(inventoryRemovalRequests.userId, owner.userId)));
    }
    const mailed = isNew.size;
    const alreadyAsked = owners.length - mailed;
    const earlier = alreadyAsked > 0 ? ` ${countOf(alreadyAsked, "persoon was", "personen waren")} al eerder gevraagd en ${alreadyAsked === 1 ? "krijgt" : "krijgen"} geen nieuwe e-mail.` : "";
    if (mailed === 0) return { message: `Iedereen met een overtreding (${countOf(owners.length, "persoon", "personen")}) is al gevraagd de app te verwijderen. Er is niemand opnieuw gemaild.` };

    await audit({
      action: "inventory.removal.request", objectType: "inventory_import", objectId: imp.id,
      after: { mailed, alreadyAsked, userIds: [...isNew] },
    });
    return { message: `${countOf(mailed, "persoon krijgt", "personen krijgen")} een e-mail met het verzoek de app te verwijderen.${earlier}`, revalidate: REVALIDATE };
  },
);

