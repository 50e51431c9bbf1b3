import Link from "next/link";

export function SiteFooter({ organisationName }: { organisationName: string }) {
  return (
    <footer className="portal-footer mt-16">
      <div className="portal-container grid gap-6 py-8 sm:grid-cols-2">
        <div>
          <h2 className="utrecht-heading-2">{organisationName}</h2>
          <p className="utrecht-paragraph">Beleid voor apps uit landen met een offensief cyberprogramma.</p>
        </div>
        <nav aria-label="Over deze website">
          <ul className="flex flex-col gap-2">
            <li><Link className="utrecht-link" href="/toegankelijkheid">Toegankelijkheid</Link></li>
            <li><Link className="utrecht-link" href="/privacy">Privacy</Link></li>
            <li><Link className="utrecht-link" href="/contact">Contact</Link></li>
            <li><Link className="utrecht-link" href="/open-data">Open data</Link></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
