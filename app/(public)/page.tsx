import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db";
import { getPublishedVersionSummary } from "@/db/queries/open-data";
import { listPublicAppsPage, listPublicCountries } from "@/db/queries/public-list";
import { getOrganisation } from "@/db/queries/organisation";
import { ButtonLink } from "@/components/button-link";
import { PageHeader } from "@/components/page-header";
import { formatDate, todayIso } from "@/lib/dates";
import { getCurrentPolicyVersion } from "@/db/queries/policy-audience";
import { CurrentPolicySection } from "./_components/current-policy-section";
import { parsePublicFilters, PUBLIC_PAGE_SIZE, publicListHref } from "./filters";
import { ChangelogSummary } from "./_components/changelog-summary";
import { Pagination } from "../(portal)/auditlog/_components/pagination";
import { countOf } from "@/lib/plural";
import { ListExplanation } from "./_components/list-explanation";
import { PublicAppFilter } from "./_components/public-app-filter";
import { VersionAppsTable } from "@/components/version-apps-table";
import { PublicCountriesTable } from "./_components/public-countries-table";

export const metadata: Metadata = { title: "Huidige lijst" };

const TITLE = "Apps uit landen met een offensief cyberprogramma";

type SearchParams = Record<string, string | string[] | undefined>;

export default async function PublicListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const db = getDb();
  const [organisation, version, params, policy] = await Promise.all([getOrganisation(), getPublishedVersionSummary(db), searchParams, getCurrentPolicyVersion(db, todayIso())]);
  const intro = `Welke apps mogen niet op de telefoons en tablets van ${organisation.name}? En welke apps raden wij af op een eigen telefoon die u voor uw werk gebruikt? Dat leest u op deze pagina.`;

  if (!version) {
    return (
      <>
        <PageHeader title={TITLE} intro={intro} />
        <div className="utrecht-alert utrecht-alert--info mb-8" role="status">
          <p className="utrecht-paragraph">Er is nog geen lijst gepubliceerd. Zodra de lijst klaar is, staat hij op deze pagina.</p>
        </div>
        <ListExplanation organisationName={organisation.name} />
      </>
    );
  }

  const { search, country, page } = parsePublicFilters(params);
  const [countries, { apps, total }] = await Promise.all([
    listPublicCountries(db, version.id),
    listPublicAppsPage(db, version.id, { search, countryCode: country }, { page, pageSize: PUBLIC_PAGE_SIZE }),
  ]);
  const filtered = Boolean(search || country);
  const pageCount = Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE));
  const first = (page - 1) * PUBLIC_PAGE_SIZE + 1;
  const shown = apps.length > 0 && pageCount > 1 ? ` Op deze pagina: ${first} tot en met ${first + apps.length - 1} (pagina ${page} van ${pageCount}).` : "";

  return (
    <>
      <PageHeader title={TITLE} intro={intro} />

      <section aria-labelledby="versie" className="mb-10 max-w-3xl border border-border p-5">
        <h2 id="versie" className="utrecht-heading-2">Lijstversie {version.number}</h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[10rem_1fr]">
          <dt className="font-bold">Gepubliceerd op</dt>
          <dd>{formatDate(version.publishedAt)}</dd>
          <dt className="font-bold">Toelichting</dt>
          <dd>{version.note}</dd>
          <dt className="font-bold">Omvang</dt>
          <dd>{countOf(version.appCount, "app", "apps")} uit {countOf(version.countryCount, "land", "landen")}</dd>
        </dl>
      </section>

      <CurrentPolicySection policy={policy} />

      <section aria-labelledby="raadsvragen" className="mb-10 max-w-3xl border border-border p-5">
        <h2 id="raadsvragen" className="utrecht-heading-2">Vragen van de gemeenteraad</h2>
        <p className="utrecht-paragraph mt-3">Raadsleden stellen het college schriftelijke vragen over deze apps. Lees de vragen en de antwoorden van het college.</p>
        <p className="utrecht-paragraph mt-2"><Link className="utrecht-link" href="/raadsvragen-openbaar">Bekijk de beantwoorde raadsvragen</Link></p>
      </section>

      <ListExplanation organisationName={organisation.name} />

      <section aria-labelledby="landen" className="mt-12 flex flex-col gap-4">
        <h2 id="landen" className="utrecht-heading-2">Landen</h2>
        <PublicCountriesTable countries={countries} caption={`Landen met een offensief cyberprogramma, lijstversie ${version.number}`} />
      </section>

      <section aria-labelledby="apps" className="mt-12 flex flex-col gap-4">
        <h2 id="apps" className="utrecht-heading-2">Apps</h2>
        <p className="utrecht-paragraph max-w-3xl">
          Bij elke app staan de kenmerken waarmee de ICT-afdeling de app op werktelefoons blokkeert. &quot;Niet geverifieerd&quot; betekent:
          dit kenmerk komt uit een openbare bron en is nog niet gecontroleerd in de App Store of Google Play.
        </p>
        <PublicAppFilter search={search} country={country} active={filtered} countries={countries.map((c) => ({ value: c.code, label: c.name }))} />
        <p className="utrecht-paragraph" role="status">
          {filtered ? `${countOf(total, "app past", "apps passen")} bij uw zoekopdracht, van de ${countOf(version.appCount, "app", "apps")}.` : version.appCount === 1 ? "Op de lijst staat 1 app." : `Op de lijst staan ${version.appCount} apps.`}
          {shown}
        </p>
        {apps.length > 0 ? (
          <VersionAppsTable apps={apps} caption={`Apps op lijstversie ${version.number}${filtered ? ", gefilterd" : ""}${pageCount > 1 ? `, pagina ${page} van ${pageCount}` : ""}`} />
        ) : total > 0 ? (
          <p className="utrecht-paragraph">Deze pagina bestaat niet: de lijst heeft {countOf(pageCount, "pagina", "pagina's")}. <a className="utrecht-link" href={publicListHref({ search, country }, 1)}>Ga naar de eerste pagina</a>.</p>
        ) : (
          <p className="utrecht-paragraph">Er zijn geen apps gevonden die passen bij uw zoekopdracht. Probeer een ander woord of kies alle landen.</p>
        )}
        <Pagination page={page} pageCount={pageCount} hrefFor={(p) => publicListHref({ search, country }, p)} />
      </section>

      <section aria-labelledby="wijzigingen" className="mt-12 flex flex-col gap-4">
        <h2 id="wijzigingen" className="utrecht-heading-2">Wat is er veranderd in versie {version.number}?</h2>
        <details className="max-w-4xl">
          <summary className="utrecht-link cursor-pointer">Toon de wijzigingen ten opzichte van de vorige versie</summary>
          <div className="mt-4">
            <ChangelogSummary changelog={version.changelog} versionNumber={version.number} />
          </div>
        </details>
      </section>

      <section aria-labelledby="hergebruik" className="mt-12 flex max-w-3xl flex-col gap-4">
        <h2 id="hergebruik" className="utrecht-heading-2">De lijst hergebruiken</h2>
        <p className="utrecht-paragraph">
          De lijst is open data. U mag hem vrij gebruiken, ook voor uw eigen organisatie. Download de apps als CSV-bestand of gebruik de API.
        </p>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href={`/api/v1/apps?lijstversie=${version.number}&formaat=csv`} download variant="primary">
            Download de apps (CSV)
          </ButtonLink>
          <ButtonLink href="/open-data">Uitleg over de API</ButtonLink>
        </div>
      </section>
    </>
  );
}
