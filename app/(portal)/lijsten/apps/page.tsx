import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listCountries, listDraftApps, listVendors } from "@/db/queries/lists";
import { ButtonLink } from "@/components/button-link";
import { PageHeader } from "@/components/page-header";
import { measureLabels, sourceLabels } from "@/lib/labels";
import { requirePermission } from "@/lib/auth/session";
import { listsCrumbs } from "../crumbs";
import { AppFilterForm } from "./_components/app-filter-form";
import { parseAppFilters, type AppSearchParams } from "./filters";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "Apps" };

function Identifier({ value, verified }: { value: string | null; verified: boolean }) {
  if (!value) return <span className="text-subtle">onbekend</span>;
  return (
    <>
      <code className="utrecht-code break-all">{value}</code>
      <br />
      <span className="text-sm">{verified ? "gecontroleerd" : "niet geverifieerd"}</span>
    </>
  );
}

export default async function AppsPage({ searchParams }: { searchParams: Promise<AppSearchParams> }) {
  await requirePermission("lists.view");
  const filters = parseAppFilters(await searchParams);
  const db = getDb();
  const [rows, countries, vendors] = await Promise.all([listDraftApps(db, filters), listCountries(db), listVendors(db)]);
  return (
    <>
      <PageHeader title="Apps" crumbs={listsCrumbs} intro="De apps in het concept van de lijst. Wijzigingen gelden pas als u een nieuwe lijstversie publiceert.">
        <ButtonLink href="/lijsten/apps/nieuw" variant="primary">App toevoegen</ButtonLink>
        <ButtonLink href="/lijsten/apps/importeren">Apps importeren (CSV)</ButtonLink>
      </PageHeader>
      <AppFilterForm filters={filters}
        countries={countries.map((c) => ({ value: String(c.id), label: c.name }))}
        vendors={vendors.map((v) => ({ value: String(v.id), label: v.name }))} />
      <DataTable caption={rows.length === 1 ? "1 app gevonden" : `${rows.length} apps gevonden`} columns={["App", "Leverancier en land", "Maatregel", "iOS-bundel-ID", "Android-pakketnaam", "Bron"]}>
            {rows.map((a) => (
              <tr key={a.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  <Link className="utrecht-link" href={`/lijsten/apps/${a.id}`}>{a.name}</Link>
                  <br />
                  <span className="text-sm font-normal">{a.category}</span>
                </th>
                <td className="utrecht-table__cell">{a.vendorName}<br /><span className="text-sm">{a.countryName}</span></td>
                <td className="utrecht-table__cell">{measureLabels[a.measure]}</td>
                <td className="utrecht-table__cell"><Identifier value={a.iosBundleId} verified={Boolean(a.iosVerifiedAt)} /></td>
                <td className="utrecht-table__cell"><Identifier value={a.androidPackage} verified={Boolean(a.androidVerifiedAt)} /></td>
                <td className="utrecht-table__cell">{sourceLabels[a.source]}</td>
              </tr>
            ))}
          </DataTable>
    </>
  );
}
