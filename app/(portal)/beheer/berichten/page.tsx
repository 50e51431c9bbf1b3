import type { Metadata } from "next";
import { getDb } from "@/db";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { isMailConfigured } from "@/lib/mail/transport";
import { countOutboxMessages, listOutboxMessages, outboxFilterQuery, parseOutboxFilters } from "@/lib/mail/read";
import type { SearchParams } from "@/lib/params";
import { Pagination } from "../../auditlog/_components/pagination";
import { NoMailserverNotice } from "./_components/no-mailserver-notice";
import { OutboxFilterForm } from "./_components/outbox-filter-form";
import { OutboxTable } from "./_components/outbox-table";

export const metadata: Metadata = { title: "Verzonden berichten" };

const PAGE_SIZE = 50;

// Reading the outbox is not audited per view, like the audit log: the messages themselves are on record.
export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("outbox.view");
  const db = getDb();
  const { filters, page: requestedPage } = parseOutboxFilters(await searchParams);
  const total = await countOutboxMessages(db, filters);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(requestedPage, pageCount);
  const rows = await listOutboxMessages(db, filters, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });

  return (
    <>
      <PageHeader
        title="Verzonden berichten"
        crumbs={[{ href: "/overzicht", label: "Overzicht" }]}
        intro="Alle e-mails die het portaal maakt, zoals herinneringen om het beleid te lezen. De nieuwste staan bovenaan. Een bericht dat niet verstuurd kon worden, wordt later opnieuw geprobeerd."
      />
      {isMailConfigured() ? null : <NoMailserverNotice />}
      <div className="flex flex-col gap-8">
        <OutboxFilterForm filters={filters} />
        <section aria-labelledby="resultaten" className="flex flex-col gap-4">
          <h2 id="resultaten" className="utrecht-heading-2">
            {total === 1 ? "1 bericht" : `${total.toLocaleString("nl-NL")} berichten`}
            {pageCount > 1 ? `, pagina ${page} van ${pageCount}` : ""}
          </h2>
          {rows.length > 0 ? <OutboxTable rows={rows} /> : <p className="utrecht-paragraph">Er zijn geen berichten die passen bij deze filters.</p>}
          <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `/beheer/berichten${outboxFilterQuery(filters, p)}`} />
        </section>
      </div>
    </>
  );
}
