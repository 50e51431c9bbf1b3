import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getRequestView } from "@/db/queries/role-changes";
import { PageHeader } from "@/components/page-header";
import { formatDateTime } from "@/lib/dates";
import { parseRecordId } from "@/lib/params";
import { requirePermission } from "@/lib/auth/session";
import { requestKindLabels, requestStatusLabels, roleList } from "@/lib/users/request-labels";
import { decisionRefusal } from "@/lib/users/user-rules";
import { DecisionForms, WithdrawForm } from "../_components/decision-forms";
import { DataListItem } from "@/components/data-list-item";

export const metadata: Metadata = { title: "Aanvraag" };

export default async function ApprovalPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("users.manage");
  const id = parseRecordId((await params).id);
  if (!id) notFound();
  const request = await getRequestView(getDb(), id);
  if (!request) notFound();
  const isPending = request.status === "pending";
  const refusal = decisionRefusal(viewer.id, request);
  const title = `${requestKindLabels[request.kind]} voor ${request.userName}`;

  return (
    <>
      <PageHeader title={title} crumbs={[{ href: "/beheer/gebruikers", label: "Gebruikers" }, { href: "/beheer/goedkeuringen", label: "Goedkeuringen" }]} />

      <dl className="utrecht-data-list mb-10 max-w-3xl">
        <DataListItem label="Voor wie">
          <Link className="utrecht-link" href={`/beheer/gebruikers/${request.userId}`}>{request.userName}</Link> ({request.userEmail})
          {request.userActive ? null : ", gedeactiveerd"}
        </DataListItem>
        <DataListItem label="Rollen nu">{roleList(request.userRoles)}</DataListItem>
        {request.kind === "roles" ? <DataListItem label="Rollen na goedkeuring">{roleList(request.roles)}</DataListItem> : null}
        <DataListItem label="Reden">{request.reason}</DataListItem>
        <DataListItem label="Aangevraagd door">{request.requestedByName}, {formatDateTime(request.requestedAt)}</DataListItem>
        <DataListItem label="Status">{requestStatusLabels[request.status]}</DataListItem>
        {request.decidedAt ? <DataListItem label="Besloten door">{request.decidedByName ?? "–"}, {formatDateTime(request.decidedAt)}</DataListItem> : null}
        {request.decisionNote ? <DataListItem label="Toelichting bij het besluit">{request.decisionNote}</DataListItem> : null}
      </dl>

      {refusal ? (
        <section aria-labelledby="besluit" className="max-w-2xl">
          <h2 id="besluit" className="utrecht-heading-2 mb-4">Besluit</h2>
          <p className="utrecht-paragraph mb-4">{isPending ? refusal : "Over deze aanvraag is beslist."}</p>
          {isPending && viewer.id === request.requestedById ? <WithdrawForm requestId={request.id} /> : null}
        </section>
      ) : (
        <DecisionForms requestId={request.id} userName={request.userName} kind={request.kind} isPending={isPending} />
      )}
    </>
  );
}
