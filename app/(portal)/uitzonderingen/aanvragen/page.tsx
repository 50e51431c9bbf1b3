import type { Metadata } from "next";
import { getDb } from "@/db";
import { getExemptionView } from "@/db/queries/exemptions";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { todayIso } from "@/lib/dates";
import { listRequestableApps } from "@/lib/exemptions/apps";
import { canRenew, latestEndDate } from "@/lib/exemptions/rules";
import { parseRecordId, type SearchParams } from "@/lib/params";
import { RequestForm, type Prefill } from "../_components/request-form";

export const metadata: Metadata = { title: "Uitzondering aanvragen" };

export default async function RequestExemptionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission("exemptions.request");
  const db = getDb();
  const today = todayIso();
  const apps = await listRequestableApps(db);

  // "Verlenging aanvragen" fills in the exemption it extends; only one's own, and only when it ends soon.
  const renewalId = parseRecordId((await searchParams).verlenging);
  let prefill: Prefill | undefined;
  if (renewalId) {
    const previous = await getExemptionView(db, renewalId);
    if (previous && previous.userId === viewer.id && canRenew(previous, today)) {
      prefill = { renewalOfId: previous.id, appId: previous.appId, device: previous.device, reason: previous.reason, justification: previous.justification, appName: previous.appName };
    }
  }

  return (
    <>
      <PageHeader
        title={prefill ? `Verlenging aanvragen voor ${prefill.appName}` : "Uitzondering aanvragen"}
        crumbs={[{ href: "/overzicht", label: "Overzicht" }, { href: "/uitzonderingen", label: "Mijn uitzonderingen" }]}
        intro="Vraag alleen een uitzondering aan als u de app nodig heeft voor uw taak en er geen andere manier is. De CISO beoordeelt uw aanvraag en kan voorwaarden stellen, zoals een apart toestel."
      />
      {apps.length === 0 ? (
        <p className="utrecht-paragraph">Er is nog geen gepubliceerde lijst. Een uitzondering aanvragen kan pas als de lijst er is.</p>
      ) : (
        <RequestForm apps={apps} maxDate={latestEndDate(today)} prefill={prefill} />
      )}
    </>
  );
}
