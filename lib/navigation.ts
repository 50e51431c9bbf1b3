import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/db/schema/enums";

export type NavItem = { href: string; label: string };

const portalLinks: (NavItem & { permission?: Permission })[] = [
  { href: "/overzicht", label: "Overzicht" },
  { href: "/kennisnemen", label: "Beleid", permission: "policy.acknowledge" },
  { href: "/uitzonderingen", label: "Mijn uitzonderingen", permission: "exemptions.request" },
  { href: "/memos", label: "Memo's", permission: "memos.read" },
  { href: "/raadsvragen", label: "Raadsvragen", permission: "questions.view" },
  { href: "/besluiten", label: "Collegebesluiten", permission: "decisions.view" },
  { href: "/zoeken", label: "Zoeken", permission: "search.use" },
  { href: "/lijsten", label: "Landen en apps", permission: "lists.view" },
  { href: "/beleid", label: "Beleidsversies", permission: "policy.manage" },
  { href: "/apparaten", label: "Apparaten", permission: "devices.manage" },
  { href: "/kanalen", label: "Communicatiekanalen", permission: "channels.view" },
  { href: "/uitzonderingen/beoordelen", label: "Uitzonderingen beoordelen", permission: "exemptions.decide" },
  { href: "/auditlog", label: "Auditlog", permission: "audit.view" },
  { href: "/beheer/gebruikers", label: "Gebruikers", permission: "users.manage" },
  { href: "/beheer/goedkeuringen", label: "Goedkeuringen", permission: "users.manage" },
  { href: "/beheer/aanmeldingen", label: "Aanmeldingen", permission: "users.manage" },
  { href: "/beheer/organisatie", label: "Organisatie", permission: "organisation.manage" },
  { href: "/beheer/berichten", label: "Verzonden berichten", permission: "outbox.view" },
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
