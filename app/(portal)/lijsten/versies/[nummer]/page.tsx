import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getVersionByNumber, getVersionSnapshot } from "@/db/queries/list-versions";
import { ButtonLink } from "@/components/button-link";
import { Changelog } from "@/components/changelog";
import { VersionAppsTable } from "@/components/version-apps-table";
import { PageHeader } from "@/components/page-header";
import { formatDate, formatDateTime } from "@/lib/dates";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { NewPolicyFromList } from "../../../beleid/_components/new-policy-from-list";
import { listsCrumbs } from "../../crumbs";
import { recordTitle } from "@/lib/page-title";
import { parseRecordId } from "@/lib/params";

export const generateMetadata = async ({ params }: { params: Promise<{ nummer: string }> }): Promise<Metadata> =>
  recordTitle("lists.view", { general: "Lijstversie", notFound: "Lijstversie niet gevonden" }, async () => {
    const number = parseRecordId((await params).nummer);
    const version = number ? await getVersionByNumber(getDb(), number) : null;
    return version ? `Lijstversie ${version.number}` : null;
  });

export default async function VersionPage({ params }: { params: Promise<{ nummer: string }> }) {
  const viewer = await requirePermission("lists.view");
  const number = parseRecordId((await params).nummer);
  const db = getDb();
  const version = number ? await getVersionByNumber(db, number) : null;
  if (!version) notFound();
  const snapshot = await getVersionSnapshot(db, version.id);
  return (
    <>
      <PageHeader title={`Lijstversie ${version.number}`} crumbs={[...listsCrumbs, { href: "/lijsten/versies", label: "Lijstversies" }]}
        intro={`Gepubliceerd op ${formatDateTime(version.publishedAt)} door ${version.publishedByName}. ${version.note}`}>
        <ButtonLink href={`/lijsten/versies/${version.number}/csv`} download>Download als CSV</ButtonLink>
        <ButtonLink href={`/lijsten/versies/${version.number}/mdm`}>Bestanden voor het MDM</ButtonLink>
        {version.number > 1 ? <ButtonLink href={`/lijsten/versies/vergelijken?van=${version.number - 1}&naar=${version.number}`}>Vergelijk met versie {version.number - 1}</ButtonLink> : null}
      </PageHeader>
      {can(viewer.roles, "policy.manage") ? <NewPolicyFromList listVersion={version} /> : null}
      <section aria-labelledby="wijzigingen" className="mb-10 flex flex-col gap-4">
        <h2 id="wijzigingen" className="utrecht-heading-2">Wat is er veranderd?</h2>
        <Changelog changelog={version.changelog} headingLevel={3} />
      </section>
      <section aria-labelledby="landen" className="mb-10 flex flex-col gap-4">
        <h2 id="landen" className="utrecht-heading-2">Landen ({snapshot.countries.length})</h2>
        <ul className="utrecht-unordered-list">
          {snapshot.countries.map((c) => (
            <li key={c.countryId} className="utrecht-unordered-list__item">{c.name} ({c.code}): {c.basis}, volgende beoordeling {formatDate(c.nextReviewOn)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="apps" className="flex flex-col gap-4">
        <h2 id="apps" className="utrecht-heading-2">Apps ({snapshot.apps.length})</h2>
        <VersionAppsTable apps={snapshot.apps} caption={`Apps in lijstversie ${version.number}`} />
      </section>
    </>
  );
}
