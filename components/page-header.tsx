import Link from "next/link";

export type Crumb = { href: string; label: string };

/**
 * Breadcrumbs and the page's one h1. Without crumbs there is no trail (the start page); an empty list
 * gives a trail of the page alone, named by crumbLabel when the title is personal ("Welkom, ...").
 */
export function PageHeader({ title, crumbs, crumbLabel, intro, children }: { title: string; crumbs?: Crumb[]; crumbLabel?: string; intro?: React.ReactNode; children?: React.ReactNode }) {
  return (
    <div className="mb-8 flex flex-col gap-4">
      {crumbs ? (
        <nav aria-label="Kruimelpad">
          <ol className="flex flex-wrap gap-2">
            {crumbs.map((c) => (
              <li key={c.href} className="flex gap-2">
                <Link className="utrecht-link" href={c.href}>{c.label}</Link>
                <span aria-hidden="true">›</span>
              </li>
            ))}
            <li aria-current="page">{crumbLabel ?? title}</li>
          </ol>
        </nav>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h1 className="utrecht-heading-1">{title}</h1>
        {children ? <div className="flex flex-wrap gap-3">{children}</div> : null}
      </div>
      {intro ? <div className="utrecht-paragraph utrecht-paragraph--lead max-w-3xl">{intro}</div> : null}
    </div>
  );
}
