import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getPublishedPolicyVersion } from "@/db/queries/acknowledgements";
import { listAudience } from "@/db/queries/policy-audience";
import { ButtonLink } from "@/components/button-link";
import { PageHeader } from "@/components/page-header";
import { formatDate, todayIso } from "@/lib/dates";
import { requirePermission } from "@/lib/auth/session";
import { riskGroupLabels } from "@/lib/labels";
import { parseRecordId, textParam, type SearchParams } from "@/lib/params";
import { countOf } from "@/lib/plural";
import { acknowledgementRates, filterAudience, filterQuery, parseOverviewFilters } from "@/lib/policy/acknowledgement-overview";
import { FilterForm } from "./_components/filter-form";
import { PeopleTable } from "./_components/people-table";
import { RateTable } from "./_components/rate-table";
import { VerifyReceipt } from "./_components/verify-receipt";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// Enough for a municipality's largest department on one page; the CSV export has everyone.
const MAX_ROWS = 500;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseRecordId((await params).id);
  const version = id ? await getPublishedPolicyVersion(getDb(), id) : null;
  return { title: version ? `Kennisnames beleid versie ${version.number}` : "Beleidsversie niet gevonden" };
}

export default async function AcknowledgementsOverviewPage({ params, searchParams }: Props) {
  await requirePermission("acknowledgements.view");
  const id = parseRecordId((await params).id);
  const db = getDb();
  const version = id ? await getPublishedPolicyVersion(db, id) : null;
  if (!version) notFound();
  const query = await searchParams;
  const filters = parseOverviewFilters(query);
  const today = todayIso();
  const audience = await listAudience(db, version);
  const { byRiskGroup, byDepartment, total } = acknowledgementRates(audience, riskGroupLabels);
  const rows = filterAudience(audience, filters, today);
  const base = `/beleid/${version.id}/kennisnames`;
  const departmentOptions = byDepartment.map((d) => ({ value: d.key, label: d.label }));

  return (
    <>
      <PageHeader title={`Kennisnames beleid versie ${version.number}`}
        crumbs={[{ href: "/overzicht", label: "Overzicht" }, { href: "/beleid", label: "Beleidsversies" }, { href: `/beleid/${version.id}`, label: `Versie ${version.number}` }]}
        crumbLabel="Kennisnames"
        intro={`${version.title}. Uiterste datum ${formatDate(version.acknowledgeBy)}; wie later in dienst kwam, heeft een eigen datum. ${total.acknowledged} van ${total.total} mensen hebben kennisgenomen (${total.percent}%).`}>
        <ButtonLink href={`${base}/export${filterQuery(filters)}`} download>Download als CSV</ButtonLink>
      </PageHeader>

      <div className="mb-12 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="per-risicogroep">
          <h2 id="per-risicogroep" className="utrecht-heading-2 mb-4">Per risicogroep</h2>
          <RateTable caption="Kennisnames per risicogroep, de hoogste risico's eerst" heading="Risicogroep" rates={byRiskGroup} total={total} />
        </section>
        <section aria-labelledby="per-afdeling">
          <h2 id="per-afdeling" className="utrecht-heading-2 mb-4">Per afdeling</h2>
          <RateTable caption="Kennisnames per afdeling" heading="Afdeling" rates={byDepartment} total={total} />
        </section>
      </div>

      <section aria-labelledby="mensen">
        <h2 id="mensen" className="utrecht-heading-2 mb-4">Wie heeft kennisgenomen, wie nog niet</h2>
        <FilterForm action={base} filters={filters} departments={departmentOptions} />
        <p className="utrecht-paragraph mb-4" role="status">
          {countOf(rows.length, "persoon", "personen")} gevonden{rows.length > MAX_ROWS ? `; de eerste ${MAX_ROWS} staan hieronder, de CSV heeft ze allemaal` : ""}. Te laat staan bovenaan.
        </p>
        {rows.length > 0 ? <PeopleTable rows={rows.slice(0, MAX_ROWS)} caption="Mensen die deze versie moeten lezen, met hun status" /> : null}
      </section>

      <VerifyReceipt action={base} typed={textParam(query.controlecode, 40) ?? (query.controlecode !== undefined ? "" : undefined)} />
    </>
  );
}
