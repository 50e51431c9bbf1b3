import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/db/schema/enums";

export type NavItem = { href: string; label: string };

const portalLinks: (NavItem & { permission?: Permission })[] = [
  { href: "/overzicht", label: "Overzicht" },
  { href: "/lijsten", label: "Landen en apps", permission: "lists.view" },
  { href: "/auditlog", label: "Auditlog", permission: "audit.view" },
  { href: "/beheer/gebruikers", label: "Gebruikers", permission: "users.manage" },
  { href: "/beheer/goedkeuringen", label: "Goedkeuringen", permission: "users.manage" },
  { href: "/beheer/organisatie", label: "Organisatie", permission: "organisation.manage" },
];

const publicLinks: NavItem[] = [
  { href: "/", label: "Huidige lijst" },
  { href: "/open-data", label: "Open data" },
];

/** The main menu: the public pages for visitors, the portal pages a signed-in person's roles allow. */
export function mainMenuFor(roles: readonly Role[] | null): NavItem[] {
  if (!roles) return publicLinks;
  return portalLinks.filter((l) => !l.permission || can(roles, l.permission)).map(({ href, label }) => ({ href, label }));
}
