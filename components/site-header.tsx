import Link from "next/link";
import { getOrganisation } from "@/db/queries/organisation";
import { can, type Permission } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import { logoutAction } from "@/app/(auth)/uitloggen/actions";
import { NavLink } from "./nav-link";

const portalLinks: { href: string; label: string; permission?: Permission }[] = [
  { href: "/overzicht", label: "Overzicht" },
  { href: "/lijsten", label: "Landen en apps", permission: "lists.view" },
  { href: "/auditlog", label: "Auditlog", permission: "audit.view" },
  { href: "/beheer/gebruikers", label: "Gebruikers", permission: "users.manage" },
  { href: "/beheer/organisatie", label: "Organisatie", permission: "organisation.manage" },
];

export async function SiteHeader() {
  const [organisation, viewer] = await Promise.all([getOrganisation(), getViewer()]);
  const links = viewer
    ? portalLinks.filter((l) => !l.permission || can(viewer.roles, l.permission))
    : [
        { href: "/", label: "Huidige lijst" },
        { href: "/open-data", label: "Open data" },
      ];
  return (
    <header className="portal-header">
      <div className="portal-container flex flex-wrap items-center justify-between gap-4 py-4">
        <Link href={viewer ? "/overzicht" : "/"} className="utrecht-link text-xl font-bold no-underline">
          {organisation.name}
          <span className="block text-base font-normal">Apps uit risicolanden</span>
        </Link>
        {viewer ? (
          <form action={logoutAction} className="flex items-center gap-3">
            <span>
              Ingelogd als <strong>{viewer.name}</strong>
            </span>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              Uitloggen
            </button>
          </form>
        ) : (
          <Link href="/inloggen" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
            Inloggen
          </Link>
        )}
      </div>
      <nav aria-label="Hoofdmenu" className="portal-nav border-t border-current/30">
        <ul className="portal-container flex flex-wrap gap-x-6 gap-y-2 py-3">
          {links.map((l) => (
            <li key={l.href}>
              <NavLink href={l.href}>{l.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
