import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listOwnExemptions } from "@/db/queries/exemptions";
import { ButtonLink } from "@/components/button-link";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { formatDate } from "@/lib/dates";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { exemptionStatusLabels } from "@/lib/labels";

export const metadata: Metadata = { title: "Mijn uitzonderingen" };

export default async function MyExemptionsPage() {
  const viewer = await requirePermission("exemptions.request");
  const rows = await listOwnExemptions(getDb(), viewer.id);

  return (
    <>
      <PageHeader
        title="Mijn uitzonderingen"
        crumbs={[{ href: "/overzicht", label: "Overzicht" }]}
        intro="Heeft u een app van de lijst echt nodig voor uw werk, bijvoorbeeld voor toezicht of om een doelgroep te bereiken? Dan kunt u een uitzondering aanvragen. De CISO beslist en u krijgt bericht per e-mail."
      >
        <ButtonLink href="/uitzonderingen/aanvragen" variant="primary">Uitzondering aanvragen</ButtonLink>
        {can(viewer.roles, "exemptions.decide") ? <ButtonLink href="/uitzonderingen/beoordelen">Uitzonderingen beoordelen</ButtonLink> : null}
      </PageHeader>

      {rows.length === 0 ? (
        <p className="utrecht-paragraph">U heeft nog geen uitzondering aangevraagd.</p>
      ) : (
        <DataTable caption="Uw aanvragen, de nieuwste bovenaan" columns={["App", "Toestel of gebruik", "Status", "Gevraagd tot", "Geldig tot en met", "Aangevraagd op"]}>
          {rows.map((r) => (
            <tr key={r.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                <Link className="utrecht-link" href={`/uitzonderingen/${r.id}`}>{r.appName}</Link>
              </th>
              <td className="utrecht-table__cell">{r.device}</td>
              <td className="utrecht-table__cell">{exemptionStatusLabels[r.status]}</td>
              <td className="utrecht-table__cell">{formatDate(r.requestedUntil)}</td>
              <td className="utrecht-table__cell">{r.endsOn && r.status !== "awaiting_second" ? formatDate(r.endsOn) : "–"}</td>
              <td className="utrecht-table__cell">{formatDate(r.createdAt)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
