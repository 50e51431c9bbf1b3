/** A download button: a plain anchor, since the file comes from a route handler and not a page. */
export function DownloadLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
      {children}
    </a>
  );
}
