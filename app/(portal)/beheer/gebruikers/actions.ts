"use server";

import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { users } from "@/db/schema";
import type { Tx } from "@/db/client";
import { getDepartment } from "@/db/queries/departments";
import { deactivateUser, findUserIdByEmail, getUserSnapshot, insertUser, reactivateUser } from "@/db/queries/users";
import { action, ActionError } from "@/lib/action";
import { formatDateTime } from "@/lib/dates";
import { activationPath, configuredOrigin, createInvitation, invitationAuditFields } from "@/lib/users/invitations";
import { selfLockoutRefusal } from "@/lib/users/user-rules";
import type { InvitationData } from "./_components/activation-link";
import { createUserSchema, deactivateUserSchema, updateUserSchema, userIdSchema } from "./schemas";

// The link goes back to the beheerder in the form's result only; it never travels in a URL or a redirect.
async function invitationData(user: { id: string; name: string }, invitation: { token: string; expiresAt: Date }): Promise<InvitationData> {
  const h = await headers();
  const host = h.get("host");
  const origin = configuredOrigin() ?? (host ? `${h.get("x-forwarded-proto") ?? "http"}://${host}` : "http://localhost:3000");
  return {
    activationLink: `${origin}${activationPath(invitation.token)}`,
    expiresLabel: formatDateTime(invitation.expiresAt),
    userId: user.id,
    userName: user.name,
  };
}

async function assertUsableDepartment(tx: Tx, departmentId: number | null, currentId: number | null = null) {
  if (departmentId === null || departmentId === currentId) return;
  const department = await getDepartment(tx, departmentId);
  if (!department?.active) {
    throw new ActionError("Deze afdeling kan niet gekozen worden.", { departmentId: ["Kies een afdeling uit de lijst."] });
  }
}

export const createUserAction = action(
  { name: "user.create", schema: createUserSchema, permission: "users.manage" },
  async (input, { tx, audit }) => {
    if (await findUserIdByEmail(tx, input.email)) {
      throw new ActionError("Er is al een account met dit e-mailadres.", { email: ["Er is al een account met dit e-mailadres. Zoek het op in de lijst met gebruikers."] });
    }
    await assertUsableDepartment(tx, input.departmentId);
    const userId = await insertUser(tx, input);
    const invitation = await createInvitation(tx, userId);
    await audit({
      action: "user.create",
      objectType: "user",
      objectId: userId,
      after: { ...(await getUserSnapshot(tx, userId)), invitation: { id: invitation.invitationId, expiresAt: invitation.expiresAt } },
    });
    return {
      message: `Het account van ${input.name} is aangemaakt.`,
      revalidate: ["/beheer/gebruikers"],
      data: await invitationData({ id: userId, name: input.name }, invitation),
    };
  },
);

export const updateUserAction = action(
  { name: "user.update", schema: updateUserSchema, permission: "users.manage" },
  async ({ id, ...fields }, { viewer, tx, audit }) => {
    const before = await getUserSnapshot(tx, id);
    if (!before) throw new ActionError("Dit account bestaat niet (meer).");
    const refusal = selfLockoutRefusal(viewer.id, id, { roles: fields.roles });
    if (refusal) throw new ActionError(refusal, { roles: [refusal] });
    await assertUsableDepartment(tx, fields.departmentId, before.departmentId);
    await tx.update(users).set({ ...fields, updatedAt: new Date() }).where(eq(users.id, id));
    await audit({ action: "user.update", objectType: "user", objectId: id, before, after: await getUserSnapshot(tx, id) });
    return { message: `De gegevens van ${fields.name} zijn opgeslagen.`, redirectTo: `/beheer/gebruikers/${id}`, revalidate: ["/beheer/gebruikers"] };
  },
);

export const deactivateUserAction = action(
  { name: "user.deactivate", schema: deactivateUserSchema, permission: "users.manage" },
  async ({ id, reason }, { viewer, tx, audit }) => {
    const before = await getUserSnapshot(tx, id);
    if (!before) throw new ActionError("Dit account bestaat niet (meer).");
    const refusal = selfLockoutRefusal(viewer.id, id, { deactivate: true });
    if (refusal) throw new ActionError(refusal);
    if (!before.active) throw new ActionError(`Het account van ${before.name} is al gedeactiveerd.`);
    const result = await deactivateUser(tx, id);
    await audit({ action: "user.deactivate", objectType: "user", objectId: id, before: { active: true }, after: { active: false, reason, ...result } });
    const sessions = result.endedSessions === 1 ? "1 open sessie is" : `${result.endedSessions} open sessies zijn`;
    return {
      message: `Het account van ${before.name} is gedeactiveerd. ${sessions} beëindigd.`,
      redirectTo: `/beheer/gebruikers/${id}`,
      revalidate: ["/beheer/gebruikers"],
    };
  },
);

export const reactivateUserAction = action(
  { name: "user.reactivate", schema: userIdSchema, permission: "users.manage" },
  async ({ id }, { tx, audit }) => {
    const before = await getUserSnapshot(tx, id);
    if (!before) throw new ActionError("Dit account bestaat niet (meer).");
    if (before.active) throw new ActionError(`Het account van ${before.name} is al actief.`);
    await reactivateUser(tx, id);
    await audit({ action: "user.reactivate", objectType: "user", objectId: id, before: { active: false }, after: { active: true } });
    return {
      message: `Het account van ${before.name} is weer actief. Weet deze persoon het wachtwoord niet meer? Maak dan een nieuwe activeringslink.`,
      redirectTo: `/beheer/gebruikers/${id}`,
      revalidate: ["/beheer/gebruikers"],
    };
  },
);

export const inviteUserAction = action(
  { name: "user.invite", schema: userIdSchema, permission: "users.manage" },
  async ({ id }, { tx, audit }) => {
    const user = await getUserSnapshot(tx, id);
    if (!user) throw new ActionError("Dit account bestaat niet (meer).");
    if (!user.active) throw new ActionError(`Het account van ${user.name} is gedeactiveerd. Activeer het account eerst.`);
    const invitation = await createInvitation(tx, id);
    await audit({
      action: "user.invite",
      objectType: "user",
      objectId: id,
      after: invitationAuditFields(invitation),
    });
    const earlier = invitation.withdrawn > 0 ? " De vorige link werkt niet meer." : "";
    return {
      message: `Er is een nieuwe activeringslink gemaakt.${earlier}`,
      revalidate: [`/beheer/gebruikers/${id}`],
      data: await invitationData(user, invitation),
    };
  },
);
