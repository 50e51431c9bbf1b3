import type { Metadata } from "next";
import { Suspense } from "react";
import { getDb } from "@/db";
import { countAuditEvents, listAuditEvents, listAuditFilterOptions } from "@/lib/audit/read";
import { ButtonLink } from "@/components/button-link";
import { PageHeader } from "@/components/page-header";
import { auditFilterQuery, parseAuditFilters } from "@/lib/audit/filters";
import { requirePermission } from "@/lib/auth/session";
import { AuditFilterForm } from "./_components/audit-filter-form";
import { AuditTable } from "./_components/audit-table";
import { ChainStatus, ChainStatusPending } from "./_components/chain-status";
import { Pagination } from "./_components/pagination";
import { MAX_EXPORT_ROWS } from "./export/limits";

export const metadata: Metadata = { title: "Auditlog" };

const PAGE_SIZE = 50;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requirePermission("audit.view");
  const db = getDb();

  const { filters, page: requestedPage, errors } = parseAuditFilters(await searchParams);
  const [total, options] = await Promise.all([
    countAuditEvents(db, viewer, filters),
    listAuditFilterOptions(db, viewer),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(requestedPage, pageCount);
  const rows = await listAuditEvents(db, viewer, filters, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const query = auditFilterQuery(filters);

  return (
    <>
      <PageHeader
        title="Auditlog"
        crumbs={[{ href: "/overzicht", label: "Overzicht" }]}
        intro="Alle handelingen in het portaal: wie wat deed, wanneer en met welk resultaat. De nieuwste staan bovenaan."
      >
        {total > 0 && total <= MAX_EXPORT_ROWS ? (
          <ButtonLink href={`/auditlog/export${query}`} download>
            Download als CSV
          </ButtonLink>
        ) : null}
      </PageHeader>
      <div className="flex flex-col gap-8">
        <Suspense fallback={<ChainStatusPending />}>
          <ChainStatus />
        </Suspense>
        <AuditFilterForm filters={filters} actions={options.actions} objectTypes={options.objectTypes} errors={errors} />
        <section aria-labelledby="resultaten" className="flex flex-col gap-4">
          <h2 id="resultaten" className="utrecht-heading-2">
            {total === 1 ? "1 regel" : `${total.toLocaleString("nl-NL")} regels`}
            {pageCount > 1 ? `, pagina ${page} van ${pageCount}` : ""}
          </h2>
          {total > MAX_EXPORT_ROWS ? (
            <p className="utrecht-paragraph">
              Downloaden kan tot {MAX_EXPORT_ROWS.toLocaleString("nl-NL")} regels. Kies een kortere periode of een ander filter om te downloaden.
            </p>
          ) : null}
          {rows.length > 0 ? (
            <AuditTable rows={rows} />
          ) : (
            <p className="utrecht-paragraph">Er zijn geen regels die passen bij deze filters.</p>
          )}
          <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `/auditlog${auditFilterQuery(filters, p)}`} />
        </section>
      </div>
    </>
  );
}
