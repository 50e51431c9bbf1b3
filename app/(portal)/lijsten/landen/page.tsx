import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listCountries } from "@/db/queries/lists";
import { ButtonLink } from "@/components/button-link";
import { PageHeader } from "@/components/page-header";
import { formatDate, todayIso } from "@/lib/dates";
import { requirePermission } from "@/lib/auth/session";
import { listsCrumbs } from "../crumbs";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "Landen" };

export default async function CountriesPage() {
  await requirePermission("lists.view");
  const rows = await listCountries(getDb());
  const today = todayIso();
  const overdue = rows.filter((c) => !c.delistedOn && c.nextReviewOn < today);
  return (
    <>
      <PageHeader title="Landen" crumbs={listsCrumbs} intro="Landen met een offensief cyberprogramma tegen Nederland. Apps van leveranciers uit deze landen horen op de applijst. Een land wordt nooit verwijderd: u haalt het van de lijst met een reden.">
        <ButtonLink href="/lijsten/landen/nieuw" variant="primary">Land toevoegen</ButtonLink>
      </PageHeader>
      {overdue.length > 0 ? (
        <div className="portal-notice mb-6" role="note">
          <p className="utrecht-paragraph">
            <strong>Beoordeling te laat:</strong> {overdue.map((c) => c.name).join(", ")}. Kijk of deze landen nog op de lijst horen en zet een nieuwe datum.
          </p>
        </div>
      ) : null}
      <DataTable caption="Alle landen, ook landen die van de lijst zijn gehaald" columns={["Land", "Code", "Grondslag", "Op de lijst sinds", "Volgende beoordeling", "Status"]}>
            {rows.map((c) => {
              const isOverdue = !c.delistedOn && c.nextReviewOn < today;
              return (
                <tr key={c.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    <Link className="utrecht-link" href={`/lijsten/landen/${c.id}`}>{c.name}</Link>
                  </th>
                  <td className="utrecht-table__cell">{c.code}</td>
                  <td className="utrecht-table__cell">{c.basis}</td>
                  <td className="utrecht-table__cell">{formatDate(c.listedOn)}</td>
                  <td className="utrecht-table__cell">
                    {isOverdue ? <span className="portal-overdue">{formatDate(c.nextReviewOn)} (te laat)</span> : formatDate(c.nextReviewOn)}
                  </td>
                  <td className="utrecht-table__cell">{c.delistedOn ? `Van de lijst sinds ${formatDate(c.delistedOn)}` : "Op de lijst"}</td>
                </tr>
              );
            })}
          </DataTable>
    </>
  );
}
