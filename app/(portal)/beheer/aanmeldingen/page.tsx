import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listPendingRegistrations } from "@/lib/auth/oidc/registrations";
import { formatDateTime } from "@/lib/dates";
import { roleList } from "@/lib/users/request-labels";

export const metadata: Metadata = { title: "Aanmeldingen" };

export default async function RegistrationsPage() {
  await requirePermission("users.manage");
  const pending = await listPendingRegistrations(getDb());
  return (
    <>
      <PageHeader
        title="Aanmeldingen"
        crumbs={[{ href: "/beheer/gebruikers", label: "Gebruikers" }]}
        intro="Wie voor het eerst inlogt met een organisatieaccount, krijgt een account zonder rol. Pas als u de aanmelding goedkeurt, kan deze persoon het portaal gebruiken. De rollen CISO en Beheerder geeft u daarna via Gebruikers, met goedkeuring van een tweede beheerder."
      />
      <section aria-labelledby="wachtend" className="mb-10">
        <h2 id="wachtend" className="utrecht-heading-2 mb-4">Wachten op goedkeuring</h2>
        {pending.length === 0 ? (
          <p className="utrecht-paragraph">Er wacht niemand op goedkeuring.</p>
        ) : (
          <DataTable caption="Aanmeldingen die op goedkeuring wachten" captionHidden columns={["Naam", "E-mailadres bij de organisatie", "Aangemeld op", "Voorgestelde rollen"]}>
            {pending.map((r) => (
              <tr key={r.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  <Link className="utrecht-link" href={`/beheer/aanmeldingen/${r.id}`}>{r.name}</Link>
                </th>
                <td className="utrecht-table__cell">{r.providerEmail ?? r.email}</td>
                <td className="utrecht-table__cell">{formatDateTime(r.since)}</td>
                <td className="utrecht-table__cell">{r.proposedRoles?.length ? roleList(r.proposedRoles) : "Geen"}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/beheer/aanmeldingen/rollen">Rollen voorstellen op basis van app-rollen of groepen</Link>
      </p>
    </>
  );
}
