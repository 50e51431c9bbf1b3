"use server";

import { eq } from "drizzle-orm";
import { roleChangeRequests, users } from "@/db/schema";
import type { Tx } from "@/db/client";
import { addNotice } from "@/db/queries/notices";
import { closeRequest } from "@/db/queries/role-changes";
import { getUserSnapshot, lockUser, withdrawOpenInvitations } from "@/db/queries/users";
import { endOpenSessions } from "@/db/queries/sessions";
import { action, ActionError } from "@/lib/action";
import { writeAudit } from "@/lib/audit/chain";
import { removeSecondFactor } from "@/lib/auth/second-factor/store";
import type { LockRow } from "@/lib/record-lock";
import { invitationData } from "@/lib/users/invitation-data";
import { createInvitation, invitationAuditFields } from "@/lib/users/invitations";
import { activationLinkNotice, rolesGrantedNotice, secondFactorResetNotice } from "@/lib/users/notices";
import { decisionRefusal } from "@/lib/users/user-rules";
import { approveSchema, rejectSchema, withdrawSchema } from "./schemas";

const REVALIDATE = ["/beheer/goedkeuringen", "/beheer/gebruikers"];

type Request = typeof roleChangeRequests.$inferSelect;

/**
 * The request, locked until the transaction ends: of parallel decisions on it the others wait, then
 * find it decided and are refused. Deciding on a request one made, or one about oneself, is refused
 * and logged as a denial.
 */
const pendingRequest = (allow: (viewerId: string, request: Request) => boolean) => ({
  load: (input: { id: number }, lock: LockRow) => lock(roleChangeRequests, input.id),
  missing: "Deze aanvraag bestaat niet (meer).",
  allow: (viewer: { id: string }, request: Request) => allow(viewer.id, request),
  check: (request: Request) => (request.status === "pending" ? null : "Over deze aanvraag is al beslist, of hij is ingetrokken. Bekijk de lijst hieronder."),
});
const decider = pendingRequest((viewerId, request) => decisionRefusal(viewerId, request) === null);
const requesterOnly = pendingRequest((viewerId, request) => request.requestedById === viewerId);

async function nameOf(tx: Tx, id: string) {
  return (await getUserSnapshot(tx, id))?.name ?? "onbekend";
}

export const approveRequestAction = action(
  { name: "approval.approve", schema: approveSchema, permission: "users.manage", record: decider },
  async ({ id, note }, { viewer, tx, audit, record: request }) => {
    // Checked again now, under a lock: the person may have been deactivated since the request.
    const target = await lockUser(tx, request.userId);
    if (!target?.active) throw new ActionError("Dit account is gedeactiveerd. Wijs de aanvraag af.");
    const requester = await getUserSnapshot(tx, request.requestedById);
    if (!requester?.active || !requester.roles.includes("beheerder")) {
      throw new ActionError(`${requester?.name ?? "De aanvrager"} is geen actieve beheerder meer. Wijs de aanvraag af.`);
    }

    const now = new Date();
    let roles = target.roles;
    let invitation: Awaited<ReturnType<typeof createInvitation>> | null = null;
    let withdrawn = 0;
    let reset: { removed: boolean; endedSessions: number } | null = null;
    if (request.kind === "roles") {
      if (!request.roles?.length) throw new ActionError("Deze aanvraag noemt geen rollen. Wijs hem af.");
      roles = request.roles;
      await tx.update(users).set({ roles, updatedAt: now }).where(eq(users.id, target.id));
      // A link made before the grant would otherwise open the new roles to whoever holds it. Without a
      // password the person needs a link: the approver gets it, never the requester alone.
      if (target.hasPassword) withdrawn = await withdrawOpenInvitations(tx, target.id, now);
      else invitation = await createInvitation(tx, target.id, now);
      await addNotice(tx, target.id, rolesGrantedNotice({ roles, requestedBy: requester.name, approvedBy: viewer.name, at: now }), now);
    } else if (request.kind === "second_factor_reset") {
      // Wiped, and every session ended: the next login asks for a new factor (CISO, beheerder) or none.
      reset = { removed: await removeSecondFactor(tx, target.id), endedSessions: await endOpenSessions(tx, target.id, { now }) };
      await addNotice(tx, target.id, secondFactorResetNotice({ requestedBy: requester.name, approvedBy: viewer.name, at: now }), now);
      await writeAudit(tx, {
        actorId: viewer.id, actorLabel: viewer.name, action: "auth.second_factor.reset", objectType: "user", objectId: target.id, result: "success",
        before: { secondFactor: reset.removed }, after: { secondFactor: false, ...reset, requestId: id, requestedBy: requester.name },
      });
    } else {
      invitation = await createInvitation(tx, target.id, now);
      await addNotice(tx, target.id, activationLinkNotice({ requestedBy: requester.name, approvedBy: viewer.name, at: now }), now);
    }
    await closeRequest(tx, id, { status: "approved", decidedById: viewer.id, decisionNote: note, now });
    await audit({
      action: "approval.approve",
      objectType: "user",
      objectId: target.id,
      before: { requestId: id, status: "pending", roles: target.roles },
      after: {
        requestId: id,
        kind: request.kind,
        status: "approved",
        roles,
        requestedBy: requester.name,
        note,
        ...(invitation ? { invitation: invitationAuditFields(invitation) } : {}),
        ...(withdrawn ? { withdrawnInvitations: withdrawn } : {}),
        ...(reset ? { secondFactorReset: reset } : {}),
      },
    });
    const what =
      request.kind === "roles"
        ? `De nieuwe rollen van ${target.name} gelden nu.`
        : request.kind === "second_factor_reset"
          ? `De tweede factor van ${target.name} is gewist en alle sessies zijn beëindigd. Bij de volgende keer inloggen stelt ${target.name} een nieuwe in.`
          : `De nieuwe activeringslink voor ${target.name} is gemaakt.`;
    return {
      message: `Goedgekeurd. ${what} ${target.name} krijgt hiervan bericht bij de volgende keer inloggen.`,
      revalidate: [...REVALIDATE, `/beheer/gebruikers/${target.id}`],
      data: invitation ? await invitationData(target, invitation) : undefined,
    };
  },
);

export const rejectRequestAction = action(
  { name: "approval.reject", schema: rejectSchema, permission: "users.manage", record: decider },
  async ({ id, reason }, { viewer, tx, audit, record: request }) => {
    await closeRequest(tx, id, { status: "rejected", decidedById: viewer.id, decisionNote: reason });
    await audit({
      action: "approval.reject",
      objectType: "user",
      objectId: request.userId,
      before: { requestId: id, status: "pending" },
      after: { requestId: id, kind: request.kind, status: "rejected", roles: request.roles, note: reason },
    });
    return { message: `De aanvraag voor ${await nameOf(tx, request.userId)} is afgewezen. Er is niets veranderd.`, redirectTo: "/beheer/goedkeuringen", revalidate: REVALIDATE };
  },
);

export const withdrawRequestAction = action(
  { name: "approval.withdraw", schema: withdrawSchema, permission: "users.manage", record: requesterOnly },
  async ({ id }, { viewer, tx, audit, record: request }) => {
    await closeRequest(tx, id, { status: "withdrawn", decidedById: viewer.id, decisionNote: null });
    await audit({
      action: "approval.withdraw",
      objectType: "user",
      objectId: request.userId,
      before: { requestId: id, status: "pending" },
      after: { requestId: id, kind: request.kind, status: "withdrawn" },
    });
    return { message: `De aanvraag voor ${await nameOf(tx, request.userId)} is ingetrokken.`, redirectTo: "/beheer/goedkeuringen", revalidate: REVALIDATE };
  },
);
