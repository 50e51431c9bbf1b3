"use server";

import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Tx } from "@/db/client";
import { getDepartment } from "@/db/queries/departments";
import { deactivateUser, findUserIdByEmail, getUserSnapshot, insertUser, reactivateUser } from "@/db/queries/users";
import { getPendingRequestFor } from "@/db/queries/role-changes";
import { endOpenSessions } from "@/db/queries/sessions";
import { action, ActionError } from "@/lib/action";
import type { LockRow } from "@/lib/record-lock";
import { roleLabels } from "@/lib/labels";
import { openRequest, pendingRefusal, waitingMessage } from "@/lib/users/four-eyes";
import { invitationData } from "@/lib/users/invitation-data";
import { createInvitation, invitationAuditFields } from "@/lib/users/invitations";
import { grantedPrivilegedRoles, isPrivileged, PRIVILEGED_ROLES, sameRoles, selfLockoutRefusal } from "@/lib/users/user-rules";
import { getSecondFactor } from "@/lib/auth/second-factor/store";
import { createUserSchema, deactivateUserSchema, endUserSessionsSchema, inviteUserSchema, resetSecondFactorSchema, updateUserSchema, userIdSchema } from "./schemas";

const list = new Intl.ListFormat("nl", { type: "conjunction" });
const roleNames = (roles: readonly (keyof typeof roleLabels)[]) => list.format(roles.map((r) => roleLabels[r]));

type User = typeof users.$inferSelect;

/**
 * The account, locked until the transaction ends: a role change, an approval and a deactivation of
 * the same person happen one after the other, and of parallel identical requests only the first passes.
 */
const existingUser = (check?: (user: User) => string | null) => ({
  load: ({ id }: { id: string }, lock: LockRow) => lock(users, id),
  missing: "Dit account bestaat niet (meer).",
  check,
});

async function assertUsableDepartment(tx: Tx, departmentId: number | null, currentId: number | null = null) {
  if (departmentId === null || departmentId === currentId) return;
  const department = await getDepartment(tx, departmentId);
  if (!department?.active) {
    throw new ActionError("Deze afdeling kan niet gekozen worden.", { departmentId: ["Kies een afdeling uit de lijst."] });
  }
}

export const createUserAction = action(
  { name: "user.create", schema: createUserSchema, permission: "users.manage" },
  async ({ roleReason: reason, ...input }, { viewer, tx, audit }) => {
    if (await findUserIdByEmail(tx, input.email)) {
      throw new ActionError("Er is al een account met dit e-mailadres.", { email: ["Er is al een account met dit e-mailadres. Zoek het op in de lijst met gebruikers."] });
    }
    await assertUsableDepartment(tx, input.departmentId);
    const granted = grantedPrivilegedRoles([], input.roles);
    // CISO and Beheerder wait for a second beheerder; until then the account has only the other roles,
    // and no activation link: the approver gets it, so the requester alone can never log in with those roles.
    const startRoles = input.roles.filter((r) => !PRIVILEGED_ROLES.includes(r));
    const userId = await insertUser(tx, { ...input, roles: startRoles });
    const user = { id: userId, name: input.name };
    if (granted.length > 0) {
      await audit({ action: "user.create", objectType: "user", objectId: userId, after: await getUserSnapshot(tx, userId) });
      const request = await openRequest(tx, { kind: "roles", user, roles: input.roles, reason, reasonField: "roleReason", requestedById: viewer.id });
      await audit({ action: "approval.request", objectType: "user", objectId: userId, before: { roles: startRoles }, after: { requestId: request.id, kind: "roles", roles: input.roles, reason } });
      return {
        message: `Het account van ${input.name} is aangemaakt. De rol ${roleNames(granted)} en de activeringslink wachten op goedkeuring. ${waitingMessage(request.approvers)}`,
        revalidate: ["/beheer/gebruikers", "/beheer/goedkeuringen"],
        data: { userId, userName: input.name },
      };
    }
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
      data: await invitationData(user, invitation),
    };
  },
);

export const updateUserAction = action(
  { name: "user.update", schema: updateUserSchema, permission: "users.manage", record: existingUser() },
  async ({ id, roleReason: reason, ...fields }, { viewer, tx, audit }) => {
    // The row is locked (record), so this is the state the change starts from.
    const before = (await getUserSnapshot(tx, id))!;
    const refusal = selfLockoutRefusal(viewer.id, id, { roles: { before: before.roles, after: fields.roles } });
    if (refusal) throw new ActionError(refusal, { roles: [refusal] });
    await assertUsableDepartment(tx, fields.departmentId, before.departmentId);

    const rolesChange = !sameRoles(before.roles, fields.roles);
    // An open request was made against the roles as they are now; changing them first would change what the approver decides on.
    if (rolesChange && (await getPendingRequestFor(tx, id))) throw new ActionError(pendingRefusal(before.name), { roles: [pendingRefusal(before.name)] });
    const granted = grantedPrivilegedRoles(before.roles, fields.roles);
    const request = granted.length > 0
      ? await openRequest(tx, { kind: "roles", user: before, roles: fields.roles, reason, reasonField: "roleReason", requestedById: viewer.id })
      : null;

    await tx.update(users).set({ ...fields, roles: request || !rolesChange ? before.roles : fields.roles, updatedAt: new Date() }).where(eq(users.id, id));
    const after = await getUserSnapshot(tx, id);
    if (!request || JSON.stringify(after) !== JSON.stringify(before)) {
      await audit({ action: "user.update", objectType: "user", objectId: id, before, after });
    }
    if (request) {
      await audit({ action: "approval.request", objectType: "user", objectId: id, before: { roles: before.roles }, after: { requestId: request.id, kind: "roles", roles: fields.roles, reason } });
    }
    const message = request
      ? `De gegevens van ${fields.name} zijn opgeslagen. De rol ${roleNames(granted)} krijgt ${fields.name} pas na goedkeuring. ${waitingMessage(request.approvers)}`
      : `De gegevens van ${fields.name} zijn opgeslagen.`;
    return { message, redirectTo: `/beheer/gebruikers/${id}`, revalidate: ["/beheer/gebruikers", "/beheer/goedkeuringen"] };
  },
);

export const deactivateUserAction = action(
  {
    name: "user.deactivate",
    schema: deactivateUserSchema,
    permission: "users.manage",
    record: existingUser((user) => (user.active ? null : `Het account van ${user.name} is al gedeactiveerd.`)),
  },
  async ({ id, reason }, { viewer, tx, audit, record: before }) => {
    const refusal = selfLockoutRefusal(viewer.id, id, { deactivate: true });
    if (refusal) throw new ActionError(refusal);
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
  {
    name: "user.reactivate",
    schema: userIdSchema,
    permission: "users.manage",
    record: existingUser((user) => (user.active ? `Het account van ${user.name} is al actief.` : null)),
  },
  async ({ id }, { tx, audit, record: before }) => {
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
  {
    name: "user.invite",
    schema: inviteUserSchema,
    permission: "users.manage",
    record: existingUser((user) => (user.active ? null : `Het account van ${user.name} is gedeactiveerd. Activeer het account eerst.`)),
  },
  async ({ id, linkReason: reason }, { viewer, tx, audit, record: user }) => {
    if (isPrivileged(user.roles)) {
      // Whoever holds the link chooses the password: for a CISO or beheerder that takes a second beheerder, who gets the link.
      const request = await openRequest(tx, { kind: "activation_link", user, roles: null, reason, reasonField: "linkReason", requestedById: viewer.id });
      await audit({ action: "approval.request", objectType: "user", objectId: id, after: { requestId: request.id, kind: "activation_link", reason } });
      return {
        message: `De nieuwe activeringslink voor ${user.name} is aangevraagd. ${waitingMessage(request.approvers)} Wie goedkeurt, krijgt de link te zien.`,
        revalidate: [`/beheer/gebruikers/${id}`, "/beheer/goedkeuringen"],
      };
    }
    const invitation = await createInvitation(tx, id);
    await audit({ action: "user.invite", objectType: "user", objectId: id, after: invitationAuditFields(invitation) });
    const earlier = invitation.withdrawn > 0 ? " De vorige link werkt niet meer." : "";
    return {
      message: `Er is een nieuwe activeringslink gemaakt.${earlier}`,
      revalidate: [`/beheer/gebruikers/${id}`],
      data: await invitationData(user, invitation),
    };
  },
);

/** Signs a person out everywhere, e.g. after a lost phone; the account itself stays active. */
export const endUserSessionsAction = action(
  {
    name: "session.end_all",
    schema: endUserSessionsSchema,
    permission: "sessions.end_any",
    // The person's row orders parallel requests, so the count in the audit row is what this request ended.
    record: { load: ({ id }, lock) => lock(users, id), missing: "Dit account bestaat niet (meer)." },
  },
  async ({ id }, { tx, record, audit }) => {
    const count = await endOpenSessions(tx, id);
    if (count === 0) throw new ActionError(`${record.name} is nergens ingelogd.`);
    await audit({ action: "session.end_all", objectType: "user", objectId: id, after: { count } });
    const message = count === 1 ? `De sessie van ${record.name} is beëindigd.` : `De ${count} sessies van ${record.name} zijn beëindigd.`;
    return { message, redirectTo: `/beheer/gebruikers/${id}`, revalidate: [`/beheer/gebruikers/${id}`] };
  },
);

/** Lost phone: the factor is wiped only when a second beheerder approves; the person then sets it up again at login. */
export const requestSecondFactorResetAction = action(
  {
    name: "approval.request",
    schema: resetSecondFactorSchema,
    permission: "users.manage",
    record: existingUser((user) => (user.active ? null : `Het account van ${user.name} is gedeactiveerd. Activeer het account eerst.`)),
  },
  async ({ id, resetReason: reason }, { viewer, tx, audit, record: user }) => {
    if (!(await getSecondFactor(tx, id))) throw new ActionError(`${user.name} heeft geen tweede factor. Er is niets om opnieuw in te stellen.`);
    const request = await openRequest(tx, { kind: "second_factor_reset", user, roles: null, reason, reasonField: "resetReason", requestedById: viewer.id });
    await audit({ action: "approval.request", objectType: "user", objectId: id, after: { requestId: request.id, kind: "second_factor_reset", reason } });
    return {
      message: `Het opnieuw instellen van de tweede factor van ${user.name} is aangevraagd. ${waitingMessage(request.approvers)}`,
      revalidate: [`/beheer/gebruikers/${id}`, "/beheer/goedkeuringen"],
    };
  },
);
