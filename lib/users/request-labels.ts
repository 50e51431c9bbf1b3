import type { Role, RoleChangeKind, RoleChangeStatus } from "@/db/schema/enums";
import { roleLabels } from "@/lib/labels";

export const requestKindLabels: Record<RoleChangeKind, string> = {
  roles: "Rollen wijzigen",
  activation_link: "Nieuwe activeringslink",
  second_factor_reset: "Tweede factor opnieuw instellen",
};

export const requestStatusLabels: Record<RoleChangeStatus, string> = {
  pending: "Wacht op goedkeuring",
  approved: "Goedgekeurd",
  rejected: "Afgewezen",
  withdrawn: "Ingetrokken",
};

export const roleList = (roles: readonly Role[] | null) => (roles && roles.length > 0 ? roles.map((r) => roleLabels[r]).join(", ") : "geen");

/** One line on what a request asks: "Medewerker → CISO, Medewerker" while open, the asked roles once decided. */
export function requestSummary(request: { kind: RoleChangeKind; status: RoleChangeStatus; roles: Role[] | null; userRoles: Role[] }): string {
  if (request.kind !== "roles") return requestKindLabels[request.kind];
  if (request.status !== "pending") return `Rollen: ${roleList(request.roles)}`;
  return `Rollen: ${roleList(request.userRoles)} → ${roleList(request.roles)}`;
}
