"use server";

import { eq } from "drizzle-orm";
import { apps } from "@/db/schema";
import type { Tx } from "@/db/client";
import { findIdentifierOwner, getVendor } from "@/db/queries/lists";
import { action, ActionError, type FieldErrors } from "@/lib/action";
import type { LockRow } from "@/lib/record-lock";
import { appFormSchema, removeAppSchema, updateAppSchema } from "./schemas";
import { nextVerification } from "./verification";

const revalidate = ["/lijsten", "/lijsten/apps"];
const NOT_IN_DRAFT = "Deze app staat niet (meer) in het concept.";

// The app is locked while it is checked and changed, so two parallel requests cannot both pass the check.
const appInDraft = {
  load: ({ id }: { id: number }, lock: LockRow) => lock(apps, id),
  missing: NOT_IN_DRAFT,
  check: (app: typeof apps.$inferSelect) => (app.removedAt ? NOT_IN_DRAFT : null),
};

type AppInput = { vendorId: number; iosBundleId: string | null; androidPackage: string | null };

/** Record-level checks the schema cannot do: the vendor exists, identifiers are unique within the draft. */
async function checkApp(tx: Tx, input: AppInput, exceptId?: number) {
  const errors: FieldErrors = {};
  if (!(await getVendor(tx, input.vendorId))) errors.vendorId = ["Kies een leverancier uit de lijst."];
  if (input.iosBundleId) {
    const owner = await findIdentifierOwner(tx, "ios", input.iosBundleId, exceptId);
    if (owner) errors.iosBundleId = [`Deze iOS-bundel-ID hoort al bij ${owner.name}.`];
  }
  if (input.androidPackage) {
    const owner = await findIdentifierOwner(tx, "android", input.androidPackage, exceptId);
    if (owner) errors.androidPackage = [`Deze Android-pakketnaam hoort al bij ${owner.name}.`];
  }
  if (Object.keys(errors).length > 0) throw new ActionError("Niet alle velden zijn goed ingevuld. Controleer de gemarkeerde velden.", errors);
}

export const createAppAction = action(
  { name: "app.create", schema: appFormSchema, permission: "lists.edit" },
  async ({ iosVerified, androidVerified, ...fields }, { tx, viewer, audit }) => {
    await checkApp(tx, fields);
    const ios = nextVerification(fields.iosBundleId, Boolean(iosVerified), null, viewer.id);
    const android = nextVerification(fields.androidPackage, Boolean(androidVerified), null, viewer.id);
    const [created] = await tx
      .insert(apps)
      .values({ ...fields, iosVerifiedById: ios.verifiedById, iosVerifiedAt: ios.verifiedAt, androidVerifiedById: android.verifiedById, androidVerifiedAt: android.verifiedAt })
      .returning();
    await audit({ action: "app.create", objectType: "app", objectId: created.id, after: created });
    return { message: `${created.name} is toegevoegd aan het concept.`, redirectTo: "/lijsten/apps", revalidate };
  },
);

export const updateAppAction = action(
  { name: "app.update", schema: updateAppSchema, permission: "lists.edit", record: appInDraft },
  async ({ id, iosVerified, androidVerified, ...fields }, { tx, viewer, audit, record: before }) => {
    await checkApp(tx, fields, id);
    const ios = nextVerification(fields.iosBundleId, Boolean(iosVerified), { identifier: before.iosBundleId, verifiedById: before.iosVerifiedById, verifiedAt: before.iosVerifiedAt }, viewer.id);
    const android = nextVerification(fields.androidPackage, Boolean(androidVerified), { identifier: before.androidPackage, verifiedById: before.androidVerifiedById, verifiedAt: before.androidVerifiedAt }, viewer.id);
    const [after] = await tx
      .update(apps)
      .set({ ...fields, iosVerifiedById: ios.verifiedById, iosVerifiedAt: ios.verifiedAt, androidVerifiedById: android.verifiedById, androidVerifiedAt: android.verifiedAt, updatedAt: new Date() })
      .where(eq(apps.id, id))
      .returning();
    await audit({ action: "app.update", objectType: "app", objectId: id, before, after });
    return { message: `De gegevens van ${after.name} zijn opgeslagen.`, redirectTo: "/lijsten/apps", revalidate };
  },
);

export const removeAppAction = action(
  { name: "app.remove", schema: removeAppSchema, permission: "lists.edit", record: appInDraft },
  async ({ id, removedReason }, { tx, audit, record: before }) => {
    const [after] = await tx.update(apps).set({ removedAt: new Date(), removedReason, updatedAt: new Date() }).where(eq(apps.id, id)).returning();
    await audit({ action: "app.remove", objectType: "app", objectId: id, before, after });
    return { message: `${after.name} is uit het concept gehaald. Na publicatie staat de app niet meer op de lijst.`, redirectTo: "/lijsten/apps", revalidate };
  },
);
