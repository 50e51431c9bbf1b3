import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { getLatestVersion } from "@/db/queries/list-versions";
import { getPendingChanges } from "@/lib/lists/publish";
import { countDraftApps, listCountries } from "@/db/queries/lists";
import { Changelog } from "@/components/changelog";
import { PageHeader } from "@/components/page-header";
import { formatDate, formatDateTime, todayIso } from "@/lib/dates";
import { countOf } from "@/lib/plural";
import { changeCount } from "@/lib/lists/diff";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { ButtonLink } from "@/components/button-link";

export const metadata: Metadata = { title: "Landen en apps" };

export default async function ListsPage() {
  const viewer = await requirePermission("lists.view");
  const db = getDb();
  const [latest, pending, appCount, countries] = await Promise.all([getLatestVersion(db), getPendingChanges(db), countDraftApps(db), listCountries(db)]);
  const pendingCount = changeCount(pending);
  const today = todayIso();
  const overdue = countries.filter((c) => !c.delistedOn && c.nextReviewOn < today);
  return (
    <>
      <PageHeader title="Landen en apps" crumbs={[{ href: "/overzicht", label: "Overzicht" }]}
        intro="U werkt in een concept. Pas als u een lijstversie publiceert, zien medewerkers, raadsleden en inwoners de nieuwe lijst. Een gepubliceerde versie verandert nooit meer." />

      <div className="mb-10 grid gap-6 md:grid-cols-3">
        <div className="utrecht-card rounded border border-border p-5">
          <h2 className="utrecht-heading-3">Gepubliceerd</h2>
          {latest ? (
            <p className="utrecht-paragraph">Versie {latest.number}, op {formatDateTime(latest.publishedAt)} door {latest.publishedByName}.</p>
          ) : <p className="utrecht-paragraph">Nog geen versie gepubliceerd.</p>}
          <p className="utrecht-paragraph"><Link className="utrecht-link" href="/lijsten/versies">Alle versies en vergelijken</Link></p>
        </div>
        <div className="utrecht-card rounded border border-border p-5">
          <h2 className="utrecht-heading-3">In het concept</h2>
          <ul className="utrecht-unordered-list">
            <li className="utrecht-unordered-list__item"><Link className="utrecht-link" href="/lijsten/apps">{countOf(appCount, "app", "apps")}</Link></li>
            <li className="utrecht-unordered-list__item"><Link className="utrecht-link" href="/lijsten/landen">{countOf(countries.filter((c) => !c.delistedOn).length, "land", "landen")}</Link></li>
            <li className="utrecht-unordered-list__item"><Link className="utrecht-link" href="/lijsten/leveranciers">Leveranciers</Link></li>
          </ul>
        </div>
        <div className="utrecht-card rounded border border-border p-5">
          <h2 className="utrecht-heading-3">Beoordeling landen</h2>
          {overdue.length > 0 ? (
            <p className="utrecht-paragraph portal-overdue">Te laat: {overdue.map((c) => `${c.name} (${formatDate(c.nextReviewOn)})`).join(", ")}</p>
          ) : <p className="utrecht-paragraph">Alle beoordelingen zijn op tijd.</p>}
        </div>
      </div>

      <section aria-labelledby="wijzigingen" className="flex flex-col gap-6">
        <h2 id="wijzigingen" className="utrecht-heading-2">
          {pendingCount === 0 ? "Geen wijzigingen sinds de laatste versie" : `Wijzigingen sinds versie ${latest?.number ?? 0} (${pendingCount})`}
        </h2>
        {pendingCount > 0 ? (
          <>
            <Changelog changelog={pending} headingLevel={3} />
            {can(viewer.roles, "lists.publish") ? (
              <div className="mt-4 flex flex-col gap-4">
                <h3 className="utrecht-heading-3">Publiceren</h3>
                <p className="utrecht-paragraph">Klaar? Controleer de wijzigingen en bevestig op de volgende pagina. Daar vult u ook de toelichting in.</p>
                <div><ButtonLink href="/lijsten/publiceren" variant="primary">Lijstversie {(latest?.number ?? 0) + 1} publiceren</ButtonLink></div>
              </div>
            ) : null}
          </>
        ) : (
          <p className="utrecht-paragraph">Het concept is gelijk aan de laatst gepubliceerde versie. Wijzig landen, leveranciers of apps om een nieuwe versie voor te bereiden.</p>
        )}
      </section>
    </>
  );
}
