import type { Role } from "@/db/schema/enums";

// Roles that open the lists, the audit log or user management: granting them takes two beheerders.
export const PRIVILEGED_ROLES: readonly Role[] = ["ciso", "beheerder"];

export const isPrivileged = (roles: readonly Role[]) => roles.some((r) => PRIVILEGED_ROLES.includes(r));

/** The privileged roles that `after` adds to `before`; a non-empty result needs a second beheerder. */
export const grantedPrivilegedRoles = (before: readonly Role[], after: readonly Role[]) =>
  after.filter((r) => PRIVILEGED_ROLES.includes(r) && !before.includes(r));

export const sameRoles = (a: readonly Role[], b: readonly Role[]) =>
  a.length === b.length && a.every((r) => b.includes(r)) && b.every((r) => a.includes(r));

/**
 * Nobody changes their own roles (a beheerder would otherwise tick CISO for themself) and nobody locks
 * themself out. Returns the refusal to show, or null when the change is allowed.
 */
export function selfLockoutRefusal(
  viewerId: string,
  targetId: string,
  change: { deactivate?: boolean; roles?: { before: readonly Role[]; after: readonly Role[] } },
): string | null {
  if (viewerId !== targetId) return null;
  if (change.deactivate) {
    return "U kunt uw eigen account niet deactiveren. Vraag een andere beheerder om dit te doen.";
  }
  if (change.roles && !sameRoles(change.roles.before, change.roles.after)) {
    return "U kunt uw eigen rollen niet wijzigen. Vraag een andere beheerder om dit te doen.";
  }
  return null;
}

/** Four eyes: whoever asked, and whoever it is about, cannot decide. Null when the viewer may decide. */
export function decisionRefusal(viewerId: string, request: { requestedById: string; userId: string }): string | null {
  if (viewerId === request.requestedById) {
    return "U heeft deze aanvraag zelf gedaan. Een andere beheerder moet erover beslissen.";
  }
  if (viewerId === request.userId) {
    return "Deze aanvraag gaat over uw eigen account. Een andere beheerder moet erover beslissen.";
  }
  return null;
}
