import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listDecidedRequests, listPendingRequests } from "@/db/queries/role-changes";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { formatDateTime } from "@/lib/dates";
import { requirePermission } from "@/lib/auth/session";
import { requestStatusLabels, requestSummary } from "@/lib/users/request-labels";
import { decisionRefusal } from "@/lib/users/user-rules";

export const metadata: Metadata = { title: "Goedkeuringen" };

export default async function ApprovalsPage() {
  const viewer = await requirePermission("users.manage");
  const db = getDb();
  const [pending, decided] = await Promise.all([listPendingRequests(db), listDecidedRequests(db)]);

  return (
    <>
      <PageHeader
        title="Goedkeuringen"
        crumbs={[{ href: "/beheer/gebruikers", label: "Gebruikers" }]}
        intro="De rol CISO of Beheerder geven, en een nieuwe activeringslink maken voor iemand met zo'n rol, gaat pas door als een tweede beheerder het goedkeurt. Wie de aanvraag deed, en de persoon over wie het gaat, kunnen er niet over beslissen."
      />

      <section aria-labelledby="open" className="mb-12">
        <h2 id="open" className="utrecht-heading-2 mb-4">Open aanvragen</h2>
        {pending.length === 0 ? (
          <p className="utrecht-paragraph">Er staan geen aanvragen open.</p>
        ) : (
          <DataTable caption="Open aanvragen" captionHidden columns={["Voor wie", "Wat", "Aangevraagd door", "Wanneer", "Wie beslist"]}>
            {pending.map((r) => (
              <tr key={r.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  <Link className="utrecht-link" href={`/beheer/goedkeuringen/${r.id}`}>{r.userName}</Link>
                </th>
                <td className="utrecht-table__cell">{requestSummary(r)}</td>
                <td className="utrecht-table__cell">{r.requestedByName}</td>
                <td className="utrecht-table__cell">{formatDateTime(r.requestedAt)}</td>
                <td className="utrecht-table__cell">{decisionRefusal(viewer.id, r) ? "Een andere beheerder" : "U kunt beslissen"}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section aria-labelledby="besloten">
        <h2 id="besloten" className="utrecht-heading-2 mb-4">Laatste besluiten</h2>
        {decided.length === 0 ? (
          <p className="utrecht-paragraph">Er is nog niet over een aanvraag beslist.</p>
        ) : (
          <DataTable caption="De laatste 20 besluiten" captionHidden columns={["Voor wie", "Wat", "Aangevraagd door", "Besluit", "Door", "Wanneer", "Toelichting"]}>
            {decided.map((r) => (
              <tr key={r.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  <Link className="utrecht-link" href={`/beheer/goedkeuringen/${r.id}`}>{r.userName}</Link>
                </th>
                <td className="utrecht-table__cell">{requestSummary(r)}</td>
                <td className="utrecht-table__cell">{r.requestedByName}</td>
                <td className="utrecht-table__cell">{requestStatusLabels[r.status]}</td>
                <td className="utrecht-table__cell">{r.decidedByName ?? "–"}</td>
                <td className="utrecht-table__cell">{formatDateTime(r.decidedAt)}</td>
                <td className="utrecht-table__cell">{r.decisionNote ?? "–"}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
