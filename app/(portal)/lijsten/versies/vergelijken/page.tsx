import type { Metadata } from "next";
import { getDb } from "@/db";
import { getVersionByNumber, getVersionSnapshot } from "@/db/queries/list-versions";
import { Changelog } from "@/components/changelog";
import { PageHeader } from "@/components/page-header";
import { diffLists, type AppRow } from "@/lib/lists/diff";
import { measureLabels } from "@/lib/labels";
import { requirePermission } from "@/lib/auth/session";
import { listsCrumbs } from "../../crumbs";
import { compareApps } from "./side-by-side";
import { DataTable } from "@/components/data-table";
import { parseRecordId } from "@/lib/params";

export const metadata: Metadata = { title: "Versies vergelijken" };

function AppCell({ app, changed }: { app: AppRow | null; changed: string[] }) {
  if (!app) return <td className="utrecht-table__cell">Staat niet in deze versie</td>;
  const mark = (field: string, text: React.ReactNode) => (changed.includes(field) ? <strong>{text}</strong> : text);
  return (
    <td className="utrecht-table__cell">
      <ul className="flex flex-col gap-1">
        <li>{mark("vendorName", app.vendorName)}, {mark("countryCode", app.countryName)}</li>
        <li>{mark("measure", measureLabels[app.measure])}</li>
        <li>iOS: {mark("iosBundleId", app.iosBundleId ?? "onbekend")}{app.iosBundleId ? mark("iosVerified", app.iosVerified ? " (gecontroleerd)" : " (niet geverifieerd)") : null}</li>
        <li>Android: {mark("androidPackage", app.androidPackage ?? "onbekend")}{app.androidPackage ? mark("androidVerified", app.androidVerified ? " (gecontroleerd)" : " (niet geverifieerd)") : null}</li>
      </ul>
    </td>
  );
}

export default async function CompareVersionsPage({ searchParams }: { searchParams: Promise<{ van?: string; naar?: string }> }) {
  await requirePermission("lists.view");
  const { van, naar } = await searchParams;
  const db = getDb();
  const [older, newer] = await Promise.all([getVersionByNumber(db, parseRecordId(van) ?? 0), getVersionByNumber(db, parseRecordId(naar) ?? 0)]);
  const crumbs = [...listsCrumbs, { href: "/lijsten/versies", label: "Lijstversies" }];
  if (!older || !newer) {
    return (
      <>
        <PageHeader title="Versies vergelijken" crumbs={crumbs} />
        <p className="utrecht-paragraph">Kies twee bestaande versies op de pagina Lijstversies.</p>
      </>
    );
  }
  const [a, b] = await Promise.all([getVersionSnapshot(db, older.id), getVersionSnapshot(db, newer.id)]);
  const rows = compareApps(a.apps, b.apps);
  return (
    <>
      <PageHeader title={`Versie ${older.number} en versie ${newer.number} vergeleken`} crumbs={crumbs}
        intro="Links de oude versie, rechts de nieuwe. Wat verschilt, staat vetgedrukt." />
      <section aria-labelledby="samenvatting" className="mb-10 flex flex-col gap-4">
        <h2 id="samenvatting" className="utrecht-heading-2">Samenvatting</h2>
        <Changelog changelog={diffLists(a, b)} headingLevel={3} />
      </section>
      <section aria-labelledby="naast-elkaar" className="flex flex-col gap-4">
        <h2 id="naast-elkaar" className="utrecht-heading-2">Apps naast elkaar</h2>
        {rows.length === 0 ? <p className="utrecht-paragraph">De apps zijn in beide versies gelijk.</p> : (
          <DataTable caption={rows.length === 1 ? "1 app verschilt" : `${rows.length} apps verschillen`} columns={["App", `Versie ${older.number}`, `Versie ${newer.number}`]}>
                {rows.map((r) => (
                  <tr key={r.appId} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">{r.name}</th>
                    <AppCell app={r.older} changed={r.changedFields} />
                    <AppCell app={r.newer} changed={r.changedFields} />
                  </tr>
                ))}
              </DataTable>
        )}
      </section>
    </>
  );
}
