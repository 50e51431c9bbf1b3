import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { getOutboxMessage, outboxKindLabel, outboxStatus } from "@/lib/mail/read";
import { isMailConfigured } from "@/lib/mail/transport";
import { parseRecordId } from "@/lib/params";
import { NoMailserverNotice } from "../_components/no-mailserver-notice";
import { OutboxStatusBadge } from "../_components/outbox-status-badge";
import { DataListItem } from "@/components/data-list-item";

export const metadata: Metadata = { title: "Bericht" };

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("outbox.view");
  const id = parseRecordId((await params).id);
  if (!id) notFound();
  const message = await getOutboxMessage(getDb(), id);
  if (!message) notFound();
  const status = outboxStatus(message);

  return (
    <>
      <PageHeader title={message.subject} crumbs={[{ href: "/overzicht", label: "Overzicht" }, { href: "/beheer/berichten", label: "Verzonden berichten" }]} />
      {isMailConfigured() ? null : <NoMailserverNotice />}
      <dl className="utrecht-data-list mb-10 max-w-3xl">
        <DataListItem label="Aan">{message.recipient}</DataListItem>
        <DataListItem label="Soort bericht">{outboxKindLabel(message.kind)}</DataListItem>
        <DataListItem label="Aangemaakt">{formatDateTime(message.createdAt)}</DataListItem>
        <DataListItem label="Status"><OutboxStatusBadge status={status} /></DataListItem>
        {message.sentAt ? <DataListItem label="Verzonden">{formatDateTime(message.sentAt)}</DataListItem> : <DataListItem label="Volgende poging">{formatDateTime(message.nextAttemptAt)}</DataListItem>}
        <DataListItem label="Pogingen">{message.attempts}</DataListItem>
        {message.lastError ? <DataListItem label="Laatste fout">{message.lastError}</DataListItem> : null}
      </dl>
      <section aria-labelledby="tekst" className="max-w-3xl">
        <h2 id="tekst" className="utrecht-heading-2 mb-4">Tekst van het bericht</h2>
        <div className="border border-border p-4 whitespace-pre-wrap break-words utrecht-paragraph">{message.body}</div>
      </section>
    </>
  );
}
