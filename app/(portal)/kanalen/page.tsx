import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listChannels, type ChannelRow } from "@/db/queries/channels";
import { ButtonLink } from "@/components/button-link";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { countOf } from "@/lib/plural";
import { ChannelStatusBadge, FlagBadge } from "./_components/channel-badges";

export const metadata: Metadata = { title: "Communicatiekanalen" };
export const dynamic = "force-dynamic";

export default async function ChannelsPage() {
  const viewer = await requirePermission("channels.view");
  const manages = can(viewer.roles, "channels.manage");
  const rows = await listChannels(getDb());
  const flagged = rows.filter((r) => r.flagged).length;

  return (
    <>
      <PageHeader title="Communicatiekanalen" crumbs={[{ href: "/overzicht", label: "Overzicht" }]}
        intro="De accounts van de gemeente op sociale media en andere platforms. Staat de app van een platform op de lijst die nu geldt, dan gebruikt de gemeente dat platform niet meer als communicatiekanaal: het account wordt afgebouwd en opgeheven.">
        {manages ? <ButtonLink href="/kanalen/nieuw" variant="primary">Kanaal toevoegen</ButtonLink> : null}
      </PageHeader>

      <section aria-labelledby="afbouwen" className="mb-8 flex flex-col gap-2">
        <h2 id="afbouwen" className="utrecht-heading-2">Af te bouwen</h2>
        <p className="utrecht-paragraph" data-testid="flagged-count">
          {flagged === 0
            ? "Geen enkel account staat nog open op een platform van de lijst."
            : <strong>{countOf(flagged, "account staat", "accounts staan")} nog open op een platform van de lijst.</strong>}
          {flagged > 0 ? " Ze staan bovenaan. De melding verdwijnt als het account is opgeheven." : null}
        </p>
      </section>

      <section aria-labelledby="register" className="flex flex-col gap-4">
        <h2 id="register" className="utrecht-heading-2">Alle accounts</h2>
        {rows.length === 0 ? (
          <p className="utrecht-paragraph">Er staan nog geen accounts in het register.</p>
        ) : (
          <DataTable caption="Alle accounts van de gemeente, de af te bouwen accounts eerst" captionHidden
            columns={["Platform", "Account", "Afdeling", "Status", "Opgeheven op"]}>
            {rows.map((row) => <ChannelTableRow key={row.id} row={row} />)}
          </DataTable>
        )}
      </section>
    </>
  );
}

function ChannelTableRow({ row }: { row: ChannelRow }) {
  return (
    <tr className="utrecht-table__row">
      <th scope="row" className="utrecht-table__header-cell">
        <Link className="utrecht-link" href={`/kanalen/${row.id}`}>{row.platform}</Link>
        {row.flagged ? <div className="mt-1"><FlagBadge /></div> : null}
      </th>
      <td className="utrecht-table__cell">
        <div>{row.account}</div>
        {row.url ? <a className="utrecht-link break-all text-sm" href={row.url} rel="noopener noreferrer">{row.url}</a> : null}
      </td>
      <td className="utrecht-table__cell">{row.departmentName ?? "–"}</td>
      <td className="utrecht-table__cell"><ChannelStatusBadge status={row.status} /></td>
      <td className="utrecht-table__cell whitespace-nowrap">{row.closedOn ? formatDate(row.closedOn) : "–"}</td>
    </tr>
  );
}
