"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const matches = (pathname: string, href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));

/** A menu link, marked current on its page and below; a deeper menu item (/a/b under /a) takes its own pages. */
export function NavLink({ href, children, siblings = [] }: { href: string; children: React.ReactNode; siblings?: string[] }) {
  const pathname = usePathname();
  const current = matches(pathname, href) && !siblings.some((other) => other.length > href.length && matches(pathname, other));
  return (
    <Link href={href} className="utrecht-link" aria-current={current ? "page" : undefined}>
      {children}
    </Link>
  );
}
