import type { Role } from "@/db/schema/enums";

/**
 * A beheerder may not lock themself out: the organisation would be left without anyone who can
 * manage users. Returns the refusal to show, or null when the change is allowed.
 */
export function selfLockoutRefusal(viewerId: string, targetId: string, change: { deactivate?: boolean; roles?: readonly Role[] }): string | null {
  if (viewerId !== targetId) return null;
  if (change.deactivate) {
    return "U kunt uw eigen account niet deactiveren. Vraag een andere beheerder om dit te doen.";
  }
  if (change.roles && !change.roles.includes("beheerder")) {
    return "U kunt uw eigen rol Beheerder niet weghalen. Vraag een andere beheerder om dit te doen.";
  }
  return null;
}
