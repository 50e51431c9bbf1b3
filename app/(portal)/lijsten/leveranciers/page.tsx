import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listVendors } from "@/db/queries/lists";
import { ButtonLink } from "@/components/button-link";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listsCrumbs } from "../crumbs";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "Leveranciers" };

export default async function VendorsPage() {
  await requirePermission("lists.view");
  const rows = await listVendors(getDb());
  return (
    <>
      <PageHeader title="Leveranciers" crumbs={listsCrumbs} intro="De bedrijven achter de apps, met het land dat zeggenschap over ze heeft.">
        <ButtonLink href="/lijsten/leveranciers/nieuw" variant="primary">Leverancier toevoegen</ButtonLink>
      </PageHeader>
      <DataTable caption={`${rows.length} leveranciers`} columns={["Leverancier", "Land", "Apps in het concept", "Toelichting"]}>
            {rows.map((v) => (
              <tr key={v.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  <Link className="utrecht-link" href={`/lijsten/leveranciers/${v.id}`}>{v.name}</Link>
                </th>
                <td className="utrecht-table__cell">{v.countryName} ({v.countryCode})</td>
                <td className="utrecht-table__cell">
                  <Link className="utrecht-link" href={`/lijsten/apps?leverancier=${v.id}`}>{v.appCount}</Link>
                </td>
                <td className="utrecht-table__cell">{v.notes ?? ""}</td>
              </tr>
            ))}
          </DataTable>
    </>
  );
}
