import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listExemptionApps, listExemptionRegister, listMdmExclusions } from "@/db/queries/exemptions";
import { ButtonLink } from "@/components/button-link";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { formatDate, todayIso } from "@/lib/dates";
import { groupByApp } from "@/lib/exemptions/csv";
import { endingWindow, parseRegisterFilters, registerFilterQuery } from "@/lib/exemptions/register-filters";
import { exemptionReasonLabels, exemptionStatusLabels, riskGroupLabels } from "@/lib/labels";
import type { SearchParams } from "@/lib/params";
import { RegisterFilterForm } from "../_components/register-filter-form";

export const metadata: Metadata = { title: "Register van uitzonderingen" };

export default async function ExemptionRegisterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("exemptions.decide");
  const db = getDb();
  const today = todayIso();
  const filters = parseRegisterFilters(await searchParams);
  const [rows, apps, exclusions] = await Promise.all([listExemptionRegister(db, filters, endingWindow(filters, today)), listExemptionApps(db), listMdmExclusions(db, today)]);
  const groups = groupByApp(exclusions);

  return (
    <>
      <PageHeader
        title="Register van uitzonderingen"
        crumbs={[{ href: "/overzicht", label: "Overzicht" }, { href: "/uitzonderingen/beoordelen", label: "Uitzonderingen beoordelen" }]}
        intro="Alle aangevraagde uitzonderingen, met hun status. Onderaan staat per app wie de MDM moet uitzonderen."
      >
        {rows.length > 0 ? <ButtonLink href={`/uitzonderingen/register/export${registerFilterQuery(filters)}`} download>Download als CSV</ButtonLink> : null}
      </PageHeader>

      <div className="flex flex-col gap-12">
        <RegisterFilterForm filters={filters} apps={apps} />

        <section aria-labelledby="resultaten" className="flex flex-col gap-4">
          <h2 id="resultaten" className="utrecht-heading-2">{rows.length === 1 ? "1 uitzondering" : `${rows.length} uitzonderingen`}</h2>
          {rows.length === 0 ? (
            <p className="utrecht-paragraph">Er zijn geen uitzonderingen die passen bij deze filters.</p>
          ) : (
            <DataTable caption="Uitzonderingen, de nieuwste bovenaan" captionHidden columns={["Aanvrager", "App", "Toestel of gebruik", "Waarvoor", "Status", "Geldig tot en met"]}>
              {rows.map((r) => (
                <tr key={r.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    <Link className="utrecht-link" href={`/uitzonderingen/${r.id}`}>{r.userName}</Link>
                    <span className="block font-normal">{riskGroupLabels[r.riskGroup]}</span>
                  </th>
                  <td className="utrecht-table__cell">{r.appName}</td>
                  <td className="utrecht-table__cell">{r.device}</td>
                  <td className="utrecht-table__cell">{exemptionReasonLabels[r.reason]}</td>
                  <td className="utrecht-table__cell">{exemptionStatusLabels[r.status]}</td>
                  <td className="utrecht-table__cell">{r.status === "approved" || r.status === "expired" || r.status === "revoked" ? formatDate(r.endsOn) : "–"}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </section>

        <section aria-labelledby="mdm" className="flex flex-col gap-4">
          <div className="flex flex-wrap items-start justify-between gap-4">
            <h2 id="mdm" className="utrecht-heading-2">Uitsluitingen voor de MDM</h2>
            {groups.length > 0 ? <ButtonLink href="/uitzonderingen/register/export?soort=mdm" download>Download alle uitsluitingen (CSV)</ButtonLink> : null}
          </div>
          <p className="utrecht-paragraph max-w-3xl">Alleen goedgekeurde uitzonderingen die vandaag nog gelden. Zet deze mensen en toestellen in de uitsluitingsgroep van de app in uw MDM; haal ze eruit zodra ze hier niet meer staan.</p>
          {groups.length === 0 ? (
            <p className="utrecht-paragraph">Er gelden nu geen uitzonderingen.</p>
          ) : (
            groups.map((g) => (
              <DataTable key={g.appId}
                caption={<>{g.appName}: iOS <code>{g.iosBundleId ?? "onbekend"}</code>, Android <code>{g.androidPackage ?? "onbekend"}</code></>}
                columns={["Naam", "E-mailadres", "Toestel of gebruik", "Geldig tot en met"]}>
                {g.people.map((p) => (
                  <tr key={p.exemptionId} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell"><Link className="utrecht-link" href={`/uitzonderingen/${p.exemptionId}`}>{p.userName}</Link></th>
                    <td className="utrecht-table__cell">{p.userEmail}</td>
                    <td className="utrecht-table__cell">{p.device}</td>
                    <td className="utrecht-table__cell">{formatDate(p.endsOn)}</td>
                  </tr>
                ))}
              </DataTable>
            ))
          )}
          {groups.length > 1 ? (
            <ul className="utrecht-unordered-list">
              {groups.map((g) => (
                <li key={g.appId} className="utrecht-unordered-list__item">
                  <a className="utrecht-link" href={`/uitzonderingen/register/export?soort=mdm&app=${g.appId}`}>Download de uitsluitingen voor {g.appName} (CSV)</a>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      </div>
    </>
  );
}
