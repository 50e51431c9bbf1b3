import Link from "next/link";

export function ButtonLink({ href, children, variant = "secondary", download }: { href: string; children: React.ReactNode; variant?: "primary" | "secondary"; download?: boolean }) {
  const className = `utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${variant}-action`;
  // Downloads are route handlers, not pages: a plain anchor avoids client-side navigation.
  if (download) return <a href={href} className={className}>{children}</a>;
  return <Link href={href} className={className}>{children}</Link>;
}
