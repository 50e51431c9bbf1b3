import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { getComplianceOverview, getCurrentImport, getTrend, listImports, listViolatingDevices } from "@/db/queries/inventory";
import { getManagedDeviceTotal } from "@/lib/inventory/managed-total";
import { ButtonLink } from "@/components/button-link";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { riskGroupLabels } from "@/lib/labels";
import type { SearchParams } from "@/lib/params";
import { BlindSpots } from "./_components/blind-spots";
import { coverageSummary, CurrentImportFacts } from "./_components/current-import-facts";
import { FigureTable } from "./_components/figure-table";
import { ImportHistory } from "./_components/import-history";
import { ManagedTotalForm } from "./_components/managed-total-form";
import { RemovalForm } from "./_components/removal-form";
import { Trend } from "./_components/trend";
import { ViolatingDevices } from "./_components/violating-devices";
import { parseOverviewParams, VIOLATIONS_PAGE_SIZE } from "./schemas";

export const metadata: Metadata = { title: "Apparaten" };
export const dynamic = "force-dynamic";

const crumbs = [{ href: "/overzicht", label: "Overzicht" }];
const importLink = <ButtonLink href="/apparaten/importeren" variant="primary">Nieuwe inventaris importeren</ButtonLink>;

export default async function DevicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("devices.manage");
  const { page } = parseOverviewParams(await searchParams);
  const db = getDb();
  const [current, history, organisationTotal] = await Promise.all([getCurrentImport(db), listImports(db, 10), getManagedDeviceTotal(db)]);

  if (!current) {
    return (
      <>
        <PageHeader title="Apparaten" crumbs={crumbs} intro="Hier ziet u of er apps van de lijst op de werkapparaten van de gemeente staan.">{importLink}</PageHeader>
        <section aria-labelledby="leeg" className="mb-10 flex max-w-3xl flex-col gap-3">
          <h2 id="leeg" className="utrecht-heading-2">Er is nog geen inventaris</h2>
          <p className="utrecht-paragraph">
            Om te zien op welke apparaten een app van de lijst staat, heeft het portaal een overzicht nodig van de apps op alle beheerde apparaten.
            Exporteer dat uit uw MDM (in Intune: het rapport &lsquo;AppInvRawData&rsquo;) en lees het hier in.
          </p>
          <p className="utrecht-paragraph"><Link className="utrecht-link" href="/apparaten/importeren">Inventaris importeren</Link></p>
        </section>
        <ManagedTotalSection total={organisationTotal} />
        <HistorySection rows={history} />
      </>
    );
  }

  const [overview, violating, trend] = await Promise.all([
    getComplianceOverview(db, current.id, riskGroupLabels),
    listViolatingDevices(db, current.id, { page, pageSize: VIOLATIONS_PAGE_SIZE }),
    getTrend(db, 12),
  ]);
  const coverage = coverageSummary(overview.deviceCount, overview.managedDeviceTotal);
  const figureProps = { deviceCount: overview.deviceCount, managedTotal: overview.managedDeviceTotal };

  return (
    <>
      <PageHeader title="Apparaten" crumbs={crumbs}
        intro="Staan er apps van de lijst op de werkapparaten van de gemeente? De cijfers komen uit de laatste inventaris van het MDM.">
        {importLink}
      </PageHeader>

      <CurrentImportFacts current={current} managedTotal={overview.managedDeviceTotal} />
      <ManagedTotalSection total={organisationTotal} />

      <section aria-labelledby="cijfers" className="mb-10 flex flex-col gap-6">
        <h2 id="cijfers" className="utrecht-heading-2">Cijfers</h2>
        <p className="utrecht-paragraph max-w-3xl">
          {`${overview.violatingDeviceCount} van de ${overview.deviceCount} apparaten in de inventaris hebben een app van de lijst zonder uitzondering. ${coverage}`}
        </p>
        {overview.nameMatchCount > 0 ? (
          <div className="portal-notice max-w-3xl">
            <p className="utrecht-paragraph">
              {`${overview.nameMatchCount === 1 ? "1 app is" : `${overview.nameMatchCount} apps zijn`} herkend op naam, niet op app-id: controleer die. Een andere app met dezelfde naam kan ten onrechte meetellen.`}
            </p>
          </div>
        ) : null}
        <FigureTable id="per-app" title="Per app" column="App" figures={overview.byApp} named {...figureProps} />
        <FigureTable id="per-afdeling" title="Per afdeling" column="Afdeling" figures={overview.byDepartment} {...figureProps} />
        <FigureTable id="per-risicogroep" title="Per risicogroep" column="Risicogroep" figures={overview.byRiskGroup} {...figureProps} />
      </section>

      <div className="mb-10"><BlindSpots /></div>

      <section aria-labelledby="overtredingen" className="mb-10 flex flex-col gap-4">
        <h2 id="overtredingen" className="utrecht-heading-2">Apparaten met een overtreding</h2>
        <ViolatingDevices rows={violating.rows} total={violating.total} page={page} />
        {violating.total > 0 ? (
          <section aria-labelledby="verwijderen" className="mt-4 flex flex-col gap-3">
            <h3 id="verwijderen" className="utrecht-heading-3">Eigenaren vragen de app te verwijderen</h3>
            <p className="utrecht-paragraph max-w-3xl">Het portaal mailt iedere eigenaar met een overtreding: welke apps op welk apparaat staan, waarom ze eraf moeten, en hoe je een uitzondering aanvraagt.</p>
            <RemovalForm importId={current.id} />
          </section>
        ) : null}
      </section>

      <section aria-labelledby="verloop" className="mb-10 flex flex-col gap-4">
        <h2 id="verloop" className="utrecht-heading-2">Verloop</h2>
        <Trend points={trend} />
      </section>

      <HistorySection rows={history} />
    </>
  );
}

function ManagedTotalSection({ total }: { total: { value: number | null; setAt: Date | null } }) {
  return (
    <section aria-labelledby="beheerd" className="mb-10 flex flex-col gap-3">
      <h2 id="beheerd" className="utrecht-heading-2">Beheerde apparaten</h2>
      <p className="utrecht-paragraph max-w-3xl">
        {total.value === null
          ? "Het aantal beheerde apparaten is nog niet vastgelegd. Tot dat gebeurt, kan het portaal niet zeggen welk deel van de apparaten de inventaris dekt."
          : `Vastgelegd: ${total.value.toLocaleString("nl-NL")} beheerde apparaten${total.setAt ? `, op ${formatDateTime(total.setAt)}` : ""}. Verandert het aantal? Leg het nieuwe aantal vast; het geldt dan ook voor de huidige inventaris.`}
      </p>
      <ManagedTotalForm current={total.value} />
    </section>
  );
}

function HistorySection({ rows }: { rows: Parameters<typeof ImportHistory>[0]["rows"] }) {
  return (
    <section aria-labelledby="importen" className="mb-10 flex flex-col gap-4">
      <h2 id="importen" className="utrecht-heading-2">Eerdere imports</h2>
      <ImportHistory rows={rows} />
      <p className="utrecht-paragraph"><Link className="utrecht-link" href="/apparaten/importeren">Nieuwe inventaris importeren</Link></p>
    </section>
  );
}
