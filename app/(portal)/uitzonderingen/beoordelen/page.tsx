import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listOpenExemptions } from "@/db/queries/exemptions";
import { ButtonLink } from "@/components/button-link";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { decisionRefusal } from "@/lib/exemptions/rules";
import { exemptionReasonLabels, exemptionStatusLabels } from "@/lib/labels";

export const metadata: Metadata = { title: "Uitzonderingen beoordelen" };

export default async function ExemptionQueuePage() {
  const viewer = await requirePermission("exemptions.decide");
  const rows = await listOpenExemptions(getDb());

  return (
    <>
      <PageHeader
        title="Uitzonderingen beoordelen"
        crumbs={[{ href: "/overzicht", label: "Overzicht" }]}
        intro="Aanvragen die op een besluit wachten, de oudste bovenaan. Een aanvraag van een bestuurder moet door twee verschillende CISO's worden goedgekeurd. Over uw eigen aanvraag beslist een andere CISO."
      >
        <ButtonLink href="/uitzonderingen/register">Register van alle uitzonderingen</ButtonLink>
      </PageHeader>

      {rows.length === 0 ? (
        <p className="utrecht-paragraph">Er wachten geen aanvragen op een besluit.</p>
      ) : (
        <DataTable caption={rows.length === 1 ? "1 open aanvraag" : `${rows.length} open aanvragen`} columns={["Aanvrager", "App", "Waarvoor", "Gevraagd tot", "Aangevraagd op", "Status", "Wie beslist"]}>
          {rows.map((r) => (
            <tr key={r.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                <Link className="utrecht-link" href={`/uitzonderingen/${r.id}`}>{r.userName}</Link>
                {r.riskGroup === "executive" ? <span className="block font-normal"><strong>Bestuurder</strong>: twee goedkeuringen nodig</span> : null}
                {r.departmentName ? <span className="block font-normal">{r.departmentName}</span> : null}
              </th>
              <td className="utrecht-table__cell">{r.appName}</td>
              <td className="utrecht-table__cell">{exemptionReasonLabels[r.reason]}</td>
              <td className="utrecht-table__cell">{formatDate(r.requestedUntil)}</td>
              <td className="utrecht-table__cell">{formatDate(r.createdAt)}</td>
              <td className="utrecht-table__cell">{exemptionStatusLabels[r.status]}</td>
              <td className="utrecht-table__cell">{decisionRefusal(viewer.id, r) ? "Een andere CISO" : "U kunt beslissen"}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
