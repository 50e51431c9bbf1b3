import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { getLatestVersion } from "@/db/queries/list-versions";
import { getPendingChanges } from "@/lib/lists/publish";
import { Changelog } from "@/components/changelog";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { changelogFingerprint } from "@/lib/lists/changelog-fingerprint";
import { changeCount } from "@/lib/lists/diff";
import { countOf } from "@/lib/plural";
import { listsCrumbs } from "../crumbs";
import { PublishForm } from "../_components/publish-form";

export const metadata: Metadata = { title: "Lijstversie publiceren" };

export default async function PublishPage() {
  await requirePermission("lists.publish");
  const db = getDb();
  const [latest, pending] = await Promise.all([getLatestVersion(db), getPendingChanges(db)]);
  const nextNumber = (latest?.number ?? 0) + 1;
  const count = changeCount(pending);

  if (count === 0) {
    return (
      <>
        <PageHeader title="Lijstversie publiceren" crumbs={listsCrumbs} />
        <p className="utrecht-paragraph">
          Er is niets te publiceren: het concept is gelijk aan de laatst gepubliceerde versie.{" "}
          <Link className="utrecht-link" href="/lijsten">Terug naar landen en apps</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeader title={`Lijstversie ${nextNumber} publiceren`} crumbs={listsCrumbs}
        intro="Controleer wat er verandert. Na publicatie zien medewerkers, raadsleden en inwoners deze lijst, en leest iedereen hem via de open data. Een gepubliceerde versie verandert nooit meer." />
      <section aria-labelledby="wijzigingen" className="mb-10 flex flex-col gap-4">
        <h2 id="wijzigingen" className="utrecht-heading-2">
          Wat verandert er ten opzichte van {latest ? `versie ${latest.number}` : "nu"}? ({countOf(count, "wijziging", "wijzigingen")})
        </h2>
        <Changelog changelog={pending} headingLevel={3} />
      </section>
      <section aria-labelledby="bevestigen" className="flex flex-col gap-4">
        <h2 id="bevestigen" className="utrecht-heading-2">Bevestigen</h2>
        <p className="utrecht-paragraph max-w-3xl">
          Na publicatie start het proces uit het collegebesluit: de wijziging communiceren, medewerkers opnieuw om kennisname
          vragen en de blokkades in apparaatbeheer (MDM) bijwerken.
        </p>
        <PublishForm nextNumber={nextNumber} concept={changelogFingerprint(nextNumber, pending)} />
      </section>
    </>
  );
}
