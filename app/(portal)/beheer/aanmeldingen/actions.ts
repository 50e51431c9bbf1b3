"use server";

import { and, eq } from "drizzle-orm";
import { providerRoleMappings, users } from "@/db/schema";
import type { Tx } from "@/db/client";
import { getDepartment } from "@/db/queries/departments";
import { action, ActionError } from "@/lib/action";
import { waitingForApproval } from "@/lib/auth/oidc/registrations";
import { roleLabels } from "@/lib/labels";
import { addRoleMappingSchema, approveRegistrationSchema, rejectRegistrationSchema, removeRoleMappingSchema } from "./schemas";

const DECIDED = "Over deze aanmelding is al beslist, of het account bestaat niet (meer).";
const list = new Intl.ListFormat("nl", { type: "conjunction" });

async function assertUsableDepartment(tx: Tx, departmentId: number | null) {
  if (departmentId === null) return;
  if (!(await getDepartment(tx, departmentId))?.active) {
    throw new ActionError("Deze afdeling kan niet gekozen worden.", { departmentId: ["Kies een afdeling uit de lijst."] });
  }
}

/**
 * Gives a waiting account its roles. The UPDATE only touches an account that still waits, so of parallel
 * decisions (two beheerders, a double click) exactly one changes it; the others are told it was decided.
 */
export const approveRegistrationAction = action(
  { name: "user.approve", schema: approveRegistrationSchema, permission: "users.manage" },
  async ({ id, roles, departmentId }, { tx, audit }) => {
    await assertUsableDepartment(tx, departmentId);
    const [approved] = await tx
      .update(users)
      .set({ roles, departmentId, awaitingApproval: false, proposedRoles: null, updatedAt: new Date() })
      .where(and(eq(users.id, id), waitingForApproval))
      .returning({ name: users.name, departmentId: users.departmentId });
    if (!approved) throw new ActionError(DECIDED);
    await audit({ action: "user.approve", objectType: "user", objectId: id, before: { awaitingApproval: true, roles: [] }, after: { roles, departmentId } });
    return {
      message: `De aanmelding van ${approved.name} is goedgekeurd met de rol ${list.format(roles.map((r) => roleLabels[r]))}. Bij de volgende keer inloggen heeft ${approved.name} toegang.`,
      redirectTo: "/beheer/aanmeldingen",
      revalidate: ["/beheer/aanmeldingen", "/beheer/gebruikers"],
    };
  },
);

/** Refuses a waiting account: it is deactivated, so the provider alone can never let this person in. */
export const rejectRegistrationAction = action(
  { name: "user.reject", schema: rejectRegistrationSchema, permission: "users.manage" },
  async ({ id, reason }, { tx, audit }) => {
    const now = new Date();
    const [rejected] = await tx
      .update(users)
      .set({ active: false, awaitingApproval: false, proposedRoles: null, deactivatedAt: now, updatedAt: now })
      .where(and(eq(users.id, id), waitingForApproval))
      .returning({ name: users.name });
    if (!rejected) throw new ActionError(DECIDED);
    await audit({ action: "user.reject", objectType: "user", objectId: id, before: { awaitingApproval: true, active: true }, after: { active: false, reason } });
    return { message: `De aanmelding van ${rejected.name} is afgewezen. Het account is gedeactiveerd.`, redirectTo: "/beheer/aanmeldingen", revalidate: ["/beheer/aanmeldingen", "/beheer/gebruikers"] };
  },
);

export const addRoleMappingAction = action(
  { name: "role_mapping.create", schema: addRoleMappingSchema, permission: "users.manage" },
  async ({ claimValue, role }, { viewer, tx, audit }) => {
    const [row] = await tx
      .insert(providerRoleMappings)
      .values({ claimValue, role, createdById: viewer.id })
      .onConflictDoNothing()
      .returning({ id: providerRoleMappings.id });
    if (!row) throw new ActionError("Deze koppeling bestaat al.", { claimValue: ["Deze app-rol of groep stelt deze rol al voor."] });
    await audit({ action: "role_mapping.create", objectType: "provider_role_mapping", objectId: row.id, after: { claimValue, role } });
    return { message: `Wie "${claimValue}" heeft, krijgt voortaan de rol ${roleLabels[role]} voorgesteld.`, redirectTo: "/beheer/aanmeldingen/rollen", revalidate: ["/beheer/aanmeldingen/rollen"] };
  },
);

export const removeRoleMappingAction = action(
  { name: "role_mapping.remove", schema: removeRoleMappingSchema, permission: "users.manage" },
  async ({ id }, { tx, audit }) => {
    const [removed] = await tx
      .delete(providerRoleMappings)
      .where(eq(providerRoleMappings.id, id))
      .returning({ claimValue: providerRoleMappings.claimValue, role: providerRoleMappings.role });
    if (!removed) throw new ActionError("Deze koppeling bestaat niet (meer).");
    await audit({ action: "role_mapping.remove", objectType: "provider_role_mapping", objectId: id, before: removed });
    return { message: `De koppeling van "${removed.claimValue}" aan ${roleLabels[removed.role]} is verwijderd.`, redirectTo: "/beheer/aanmeldingen/rollen", revalidate: ["/beheer/aanmeldingen/rollen"] };
  },
);
