import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getVersionByNumber, getVersionSnapshot, versionContentHash } from "@/db/queries/list-versions";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { todayIso } from "@/lib/dates";
import { platformEntries, type ExportVersion } from "@/lib/mdm-exports/entries";
import { recordTitle } from "@/lib/page-title";
import type { SearchParams } from "@/lib/params";
import { listsCrumbs } from "../../../crumbs";
import { AllowlistSection } from "./_components/allowlist-section";
import { DownloadLink } from "./_components/download-link";
import { ExclusionsSection } from "./_components/exclusions-section";
import { LeftOut, Unverified } from "./_components/left-out";
import { versionExclusionGroups } from "./_lib/exclusions";
import { versionNumberFrom } from "./_lib/version-number";

type Props = { params: Promise<{ nummer: string }>; searchParams: Promise<SearchParams> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  recordTitle("lists.view", { general: "Bestanden voor het MDM", notFound: "Lijstversie niet gevonden" }, async () => {
    const number = versionNumberFrom((await params).nummer);
    const version = number ? await getVersionByNumber(getDb(), number) : null;
    return version ? `Bestanden voor het MDM, lijstversie ${version.number}` : null;
  });

export default async function MdmExportPage({ params, searchParams }: Props) {
  const viewer = await requirePermission("lists.view");
  const number = versionNumberFrom((await params).nummer);
  const db = getDb();
  const row = number ? await getVersionByNumber(db, number) : null;
  if (!row) notFound();
  const snapshot = await getVersionSnapshot(db, row.id);
  const version: ExportVersion = { number: row.number, contentHash: row.contentHash ?? versionContentHash(snapshot), apps: snapshot.apps };
  const ios = platformEntries(version.apps, "ios");
  const android = platformEntries(version.apps, "android");
  const base = `/lijsten/versies/${row.number}/mdm`;
  const today = todayIso();
  const exclusions = await versionExclusionGroups(version, today);

  return (
    <>
      <PageHeader title={`Bestanden voor het MDM bij lijstversie ${row.number}`}
        crumbs={[...listsCrumbs, { href: "/lijsten/versies", label: "Lijstversies" }, { href: `/lijsten/versies/${row.number}`, label: `Lijstversie ${row.number}` }]}
        intro={<>Met deze bestanden blokkeert u de apps van de lijst op de telefoons en tablets die de gemeente beheert. Lijstversie {row.number} heeft {version.apps.length} apps. Een bestand bevat de apps met een kenmerk voor dat soort apparaat: {ios.included.length} voor iPhone en iPad, {android.included.length} voor Android. Elke download komt in de auditlog.</>} />

      <section aria-labelledby="intune" className="mb-10 flex flex-col gap-4">
        <h2 id="intune" className="utrecht-heading-2">Microsoft Intune</h2>
        <p className="utrecht-paragraph max-w-3xl">
          Een nalevingsbeleid (compliance policy) met de apps als &lsquo;beperkte apps&rsquo;. Een apparaat met zo&rsquo;n app is dan niet meer in orde en krijgt geen toegang tot
          de gegevens van de gemeente. Het JSON-bestand is de inhoud van de aanroep <code>POST /beta/deviceManagement/deviceCompliancePolicies</code> in Microsoft Graph
          (bijvoorbeeld met Graph Explorer). Daarna wijst u het beleid in Intune toe aan een groep. Het CSV-bestand bevat dezelfde apps om te controleren of over te typen
          in Intune (Apparaten &rsaquo; Naleving &rsaquo; Beperkte apps). Apps zonder kenmerk staan er niet in: zie de lijsten bij Apple en Android hieronder.
        </p>
        <div className="flex flex-wrap gap-3">
          <DownloadLink href={`${base}/intune-ios`}>Download Intune-beleid iOS (JSON)</DownloadLink>
          <DownloadLink href={`${base}/intune-android`}>Download Intune-beleid Android (JSON)</DownloadLink>
          <DownloadLink href={`${base}/intune-csv`}>Download Intune-lijst (CSV)</DownloadLink>
        </div>
      </section>

      <section aria-labelledby="apple" className="mb-10 flex flex-col gap-4">
        <h2 id="apple" className="utrecht-heading-2">Apple: iPhone en iPad ({ios.included.length} apps)</h2>
        <p className="utrecht-paragraph max-w-3xl">
          Een configuratieprofiel (.mobileconfig) met een beperking die de apps blokkeert (<code>blockedAppBundleIDs</code>). Dit werkt alleen op apparaten onder toezicht
          (supervised). Upload het profiel in uw MDM als eigen profiel (in Intune: Apparaten &rsaquo; Configuratie &rsaquo; Maken &rsaquo; Sjablonen &rsaquo; Aangepast). Het profiel
          van een nieuwe lijstversie vervangt het oude op het apparaat, omdat het dezelfde naam (PayloadIdentifier) heeft.
        </p>
        <div className="flex flex-wrap gap-3">
          <DownloadLink href={`${base}/apple`}>Download Apple-profiel (.mobileconfig)</DownloadLink>
        </div>
        <Unverified entries={ios} />
        <LeftOut entries={ios} platform="ios" />
      </section>

      <section aria-labelledby="android" className="mb-10 flex flex-col gap-4">
        <h2 id="android" className="utrecht-heading-2">Android Management API ({android.included.length} apps)</h2>
        <p className="utrecht-paragraph max-w-3xl">
          Een beleid (policy) in JSON waarin elke app de installatiewijze BLOCKED heeft: de app is niet te installeren en wordt verwijderd waar hij staat. Het bestand bevat
          alleen het deel <code>applications</code>. Voeg de apps toe aan de apps die al in uw beleid staan en stuur het met <code>updateMask=applications</code>; anders vervangt
          het uw bestaande lijst met apps.
        </p>
        <div className="flex flex-wrap gap-3">
          <DownloadLink href={`${base}/android`}>Download Android-beleid (JSON)</DownloadLink>
        </div>
        <Unverified entries={android} />
        <LeftOut entries={android} platform="android" />
      </section>

      <ExclusionsSection groups={exclusions} base={base} today={today} showRegister={can(viewer.roles, "exemptions.decide")} />

      <AllowlistSection version={version} base={base} query={await searchParams} />
    </>
  );
}
