import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import type { ExemptionView } from "@/db/queries/exemptions";
import { ButtonLink } from "@/components/button-link";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDate, formatDateTime, todayIso } from "@/lib/dates";
import { getVisibleExemption } from "@/lib/exemptions/access";
import { canRenew, decisionRefusal, isOpen, latestEndDate } from "@/lib/exemptions/rules";
import { exemptionReasonLabels, exemptionStatusLabels, riskGroupLabels } from "@/lib/labels";
import { parseRecordId } from "@/lib/params";
import { clientIp } from "@/lib/request";
import { DecisionForms, RevokeForm, WithdrawForm } from "../_components/decision-forms";
import { DataListItem } from "@/components/data-list-item";

export const metadata: Metadata = { title: "Uitzondering" };

export default async function ExemptionPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("exemptions.request");
  const id = parseRecordId((await params).id);
  if (!id) notFound();
  const exemption = await getVisibleExemption(getDb(), viewer, id, await clientIp());
  if (!exemption) notFound();
  const isCiso = can(viewer.roles, "exemptions.decide");
  const today = todayIso();
  const isOwn = exemption.userId === viewer.id;
  const refusal = decisionRefusal(viewer.id, exemption);
  const crumbs = isOwn ? [{ href: "/uitzonderingen", label: "Mijn uitzonderingen" }] : [{ href: "/uitzonderingen/beoordelen", label: "Uitzonderingen beoordelen" }];

  return (
    <>
      <PageHeader title={`Uitzondering voor ${exemption.appName}`} crumbs={[{ href: "/overzicht", label: "Overzicht" }, ...crumbs]}>
        {isOwn && canRenew(exemption, today) ? <ButtonLink href={`/uitzonderingen/aanvragen?verlenging=${exemption.id}`} variant="primary">Verlenging aanvragen</ButtonLink> : null}
      </PageHeader>

      <dl className="utrecht-data-list mb-10 max-w-3xl">
        <DataListItem label="Status"><strong>{exemptionStatusLabels[exemption.status]}</strong></DataListItem>
        <DataListItem label="Aanvrager">{exemption.userName}{exemption.jobTitle ? `, ${exemption.jobTitle}` : ""} ({riskGroupLabels[exemption.riskGroup]})</DataListItem>
        <DataListItem label="App">{exemption.appName}</DataListItem>
        <DataListItem label="Toestel of gebruik">{exemption.device}</DataListItem>
        <DataListItem label="Waarvoor">{exemptionReasonLabels[exemption.reason]}</DataListItem>
        <DataListItem label="Toelichting"><span className="whitespace-pre-line">{exemption.justification}</span></DataListItem>
        <DataListItem label="Gevraagd tot en met">{formatDate(exemption.requestedUntil)}</DataListItem>
        {exemption.conditions ? <DataListItem label="Voorwaarden"><Conditions text={exemption.conditions} /></DataListItem> : null}
        {exemption.endsOn ? <DataListItem label={exemption.status === "awaiting_second" ? "Voorgestelde einddatum" : "Geldig tot en met"}>{formatDate(exemption.endsOn)}</DataListItem> : null}
        {exemption.rejectionReason ? <DataListItem label="Reden van afwijzen">{exemption.rejectionReason}</DataListItem> : null}
        {exemption.revokeReason ? <DataListItem label="Reden van intrekken">{exemption.revokeReason}</DataListItem> : null}
        {exemption.renewalOfId ? <DataListItem label="Verlenging van">uitzondering {exemption.renewalOfId}</DataListItem> : null}
      </dl>

      <section aria-labelledby="verloop" className="mb-10 max-w-3xl">
        <h2 id="verloop" className="utrecht-heading-2 mb-4">Verloop</h2>
        <ol className="utrecht-ordered-list">
          {history(exemption).map((step) => (
            <li key={step} className="utrecht-ordered-list__item">{step}</li>
          ))}
        </ol>
      </section>

      {isOwn && isOpen(exemption.status) ? (
        <section aria-labelledby="intrekken-aanvraag" className="mb-10 max-w-2xl">
          <h2 id="intrekken-aanvraag" className="utrecht-heading-2 mb-4">Aanvraag intrekken</h2>
          <p className="utrecht-paragraph mb-4">Heeft u de app toch niet nodig? Trek dan uw aanvraag in.</p>
          <WithdrawForm id={exemption.id} />
        </section>
      ) : null}
      {isCiso && isOpen(exemption.status) ? (
        refusal ? (
          <p className="utrecht-paragraph">{refusal}</p>
        ) : (
          <DecisionForms id={exemption.id} endsOn={exemption.endsOn ?? exemption.requestedUntil} conditions={exemption.conditions}
            maxDate={formatDate(latestEndDate(today))} needsSecond={exemption.status === "requested" && exemption.riskGroup === "executive"} />
        )
      ) : null}
      {isCiso && !isOwn && exemption.status === "approved" ? <RevokeForm id={exemption.id} /> : null}
    </>
  );
}

function history(e: ExemptionView): string[] {
  const steps = [`${formatDateTime(e.createdAt)}: aangevraagd door ${e.userName}.`];
  if (e.firstApprovedAt) steps.push(`${formatDateTime(e.firstApprovedAt)}: goedgekeurd door ${e.firstApproverName ?? "onbekend"} (eerste beoordeling).`);
  if (e.decidedAt) steps.push(`${formatDateTime(e.decidedAt)}: ${e.status === "rejected" ? "afgewezen" : "goedgekeurd"} door ${e.decidedByName ?? "onbekend"}.`);
  if (e.status === "withdrawn") steps.push(`${formatDateTime(e.updatedAt)}: ingetrokken door ${e.userName}.`);
  if (e.revokedAt) steps.push(`${formatDateTime(e.revokedAt)}: ingetrokken door ${e.revokedByName ?? "onbekend"}.`);
  if (e.expiredAt) steps.push(`${formatDateTime(e.expiredAt)}: verlopen (einddatum ${formatDate(e.endsOn)} voorbij).`);
  return steps;
}

function Conditions({ text }: { text: string }) {
  return (
    <ul className="utrecht-unordered-list">
      {text.split("\n").map((line) => <li key={line} className="utrecht-unordered-list__item">{line}</li>)}
    </ul>
  );
}
