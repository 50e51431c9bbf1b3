import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listDecisions, type DecisionRow } from "@/db/queries/decisions";
import { ButtonLink } from "@/components/button-link";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDate, todayIso } from "@/lib/dates";
import { decisionStatusLabels, milestoneStateLabels, progressFromSlug, progressLabels, progressSlugs } from "@/lib/decisions/labels";
import type { Progress } from "@/lib/decisions/progress";
import { textParam, type SearchParams } from "@/lib/params";
import { ProgressBadge } from "./_components/progress-badge";

export const metadata: Metadata = { title: "Collegebesluiten" };
export const dynamic = "force-dynamic";

const overviewOrder: Progress[] = ["overdue", "at_risk", "on_track", "done", "stopped"];

export default async function DecisionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission("decisions.view");
  const manages = can(viewer.roles, "decisions.manage");
  const filter = progressFromSlug(textParam((await searchParams).voortgang, 20));
  const all = await listDecisions(getDb(), { includeDrafts: manages }, todayIso());
  const rows = filter ? all.filter((r) => r.progress === filter) : all;
  const counts = overviewOrder.map((p) => [p, all.filter((r) => r.progress === p).length] as const).filter(([, n]) => n > 0);

  return (
    <>
      <PageHeader title="Collegebesluiten" crumbs={[{ href: "/overzicht", label: "Overzicht" }]}
        intro={manages
          ? "Alle besluiten van het college over apps uit risicolanden en hoe ver de uitvoering is. Een concept ziet alleen u (griffie en CISO) tot u het publiceert."
          : "De besluiten van het college over apps uit risicolanden en hoe ver de uitvoering is."}>
        {manages ? <ButtonLink href="/besluiten/nieuw" variant="primary">Besluit registreren</ButtonLink> : null}
      </PageHeader>

      <section aria-labelledby="voortgang" className="mb-10 flex flex-col gap-4">
        <h2 id="voortgang" className="utrecht-heading-2">Voortgang in één oogopslag</h2>
        {counts.length === 0 ? (
          <p className="utrecht-paragraph">Er zijn nog geen besluiten.</p>
        ) : (
          <ul className="flex flex-wrap gap-3" aria-label="Aantal besluiten per voortgang">
            {counts.map(([progress, n]) => (
              <li key={progress}>
                <Link href={`/besluiten?voortgang=${progressSlugs[progress]}`} className="utrecht-link flex items-center gap-2 rounded border border-border px-3 py-2"
                  aria-current={filter === progress ? "true" : undefined}>
                  <ProgressBadge progress={progress} />
                  <span>{n === 1 ? "1 besluit" : `${n} besluiten`}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p className="utrecht-paragraph max-w-3xl text-sm">
          Te laat: een mijlpaal is niet gehaald. Risico: een mijlpaal moet binnen 7 dagen klaar zijn en is dat nog niet. Afgerond: alle mijlpalen zijn klaar of het besluit is uitgevoerd.
        </p>
      </section>

      <section aria-labelledby="register" className="flex flex-col gap-4">
        <h2 id="register" className="utrecht-heading-2">{filter ? `Besluiten: ${progressLabels[filter].toLowerCase()}` : "Alle besluiten"}</h2>
        <form method="get" action="/besluiten" className="flex flex-wrap items-end gap-4">
          <div className="utrecht-form-field utrecht-form-field--text">
            <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor="filter-voortgang">Voortgang</label></div>
            <div className="utrecht-form-field__input">
              <select id="filter-voortgang" name="voortgang" defaultValue={filter ? progressSlugs[filter] : ""} className="utrecht-select utrecht-select--html-select">
                <option value="">Alle besluiten</option>
                {overviewOrder.map((p) => <option key={p} value={progressSlugs[p]}>{progressLabels[p]}</option>)}
              </select>
            </div>
          </div>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">Filteren</button>
          {filter ? <Link href="/besluiten" className="utrecht-link">Filter wissen</Link> : null}
        </form>
        {rows.length === 0 ? (
          <p className="utrecht-paragraph">{filter ? "Geen besluiten met deze voortgang." : "Er zijn nog geen besluiten gepubliceerd."}</p>
        ) : (
          <DataTable caption={filter ? `Besluiten met voortgang ${progressLabels[filter].toLowerCase()}, nieuwste eerst` : "Alle besluiten, nieuwste eerst"} captionHidden
            columns={["Nummer", "Datum", "Onderwerp", "Status", "Voortgang", "Volgende mijlpaal"]}>
            {rows.map((row) => <DecisionTableRow key={row.id} row={row} />)}
          </DataTable>
        )}
      </section>
    </>
  );
}

function DecisionTableRow({ row }: { row: DecisionRow }) {
  const next = row.nextMilestone;
  return (
    <tr className="utrecht-table__row">
      <th scope="row" className="utrecht-table__header-cell">
        <Link className="utrecht-link" href={`/besluiten/${row.id}`}>{row.number}</Link>
        {row.publishedAt ? null : <span className="ml-2 utrecht-status-badge utrecht-status-badge--neutral">Concept</span>}
      </th>
      <td className="utrecht-table__cell whitespace-nowrap">{formatDate(row.decidedOn)}</td>
      <td className="utrecht-table__cell">{row.subject}</td>
      <td className="utrecht-table__cell">{decisionStatusLabels[row.status]}</td>
      <td className="utrecht-table__cell"><ProgressBadge progress={row.progress} /></td>
      <td className="utrecht-table__cell">
        {next ? `${next.title}, ${formatDate(next.dueOn)}${next.state === "overdue" ? ` (${milestoneStateLabels.overdue.toLowerCase()})` : ""}` : "–"}
      </td>
    </tr>
  );
}
