import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listVersionsNewestFirst } from "@/db/queries/list-versions";
import { PageHeader } from "@/components/page-header";
import { formatDateTime } from "@/lib/dates";
import { countOf } from "@/lib/plural";
import { requirePermission } from "@/lib/auth/session";
import { listsCrumbs } from "../crumbs";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "Lijstversies" };

export default async function VersionsPage() {
  await requirePermission("lists.view");
  const versions = await listVersionsNewestFirst(getDb());
  const numbers = versions.map((v) => ({ value: String(v.number), label: `Versie ${v.number}` }));
  return (
    <>
      <PageHeader title="Lijstversies" crumbs={listsCrumbs} intro="Elke gepubliceerde versie blijft bewaard en verandert niet meer. Zo kunt u altijd laten zien welke lijst op welk moment gold." />
      {versions.length > 1 ? (
        <form method="get" action="/lijsten/versies/vergelijken" className="mb-8 flex flex-wrap items-end gap-4" aria-label="Twee versies vergelijken">
          {(["van", "naar"] as const).map((name, index) => (
            <div key={name} className="utrecht-form-field flex flex-col gap-1">
              <label className="utrecht-form-label" htmlFor={`vergelijk-${name}`}>{name === "van" ? "Oude versie" : "Nieuwe versie"}</label>
              <select id={`vergelijk-${name}`} name={name} defaultValue={numbers[index === 0 ? 1 : 0]?.value} className="utrecht-select utrecht-select--html-select">
                {numbers.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            </div>
          ))}
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">Vergelijk</button>
        </form>
      ) : null}
      <DataTable caption="Gepubliceerde versies, nieuwste eerst" columns={["Versie", "Gepubliceerd", "Door", "Toelichting", "Wijzigingen"]}>
            {versions.map((v) => {
              const apps = v.changelog.apps;
              return (
                <tr key={v.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    <Link className="utrecht-link" href={`/lijsten/versies/${v.number}`}>Versie {v.number}</Link>
                  </th>
                  <td className="utrecht-table__cell">{formatDateTime(v.publishedAt)}</td>
                  <td className="utrecht-table__cell">{v.publishedByName}</td>
                  <td className="utrecht-table__cell">{v.note}</td>
                  <td className="utrecht-table__cell">
                    {countOf(apps.added.length, "app", "apps")} toegevoegd, {apps.removed.length} verwijderd, {apps.changed.length} gewijzigd
                  </td>
                </tr>
              );
            })}
          </DataTable>
    </>
  );
}
