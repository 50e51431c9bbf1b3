import Link from "next/link";
import type { NavItem } from "@/lib/navigation";
import { NavLink } from "./nav-link";

type Props = {
  organisationName: string;
  /** The signed-in person's name; null for a visitor. */
  viewerName: string | null;
  links: NavItem[];
  logoutAction: () => Promise<void>;
};

export function SiteHeader({ organisationName, viewerName, links, logoutAction }: Props) {
  return (
    <header className="portal-header">
      <div className="portal-container flex flex-wrap items-center justify-between gap-4 py-4">
        <Link href={viewerName ? "/overzicht" : "/"} className="utrecht-link text-xl font-bold no-underline">
          {organisationName}
          <span className="block text-base font-normal">Apps uit risicolanden</span>
        </Link>
        {viewerName ? (
          <form action={logoutAction} className="flex flex-wrap items-center gap-3">
            <span>
              Ingelogd als <strong>{viewerName}</strong>
            </span>
            <Link href="/account/sessies" className="utrecht-link">Mijn sessies</Link>
            <Link href="/account/tweede-factor" className="utrecht-link">Tweede factor</Link>
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
              <NavLink href={l.href} siblings={links.map((other) => other.href)}>{l.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
