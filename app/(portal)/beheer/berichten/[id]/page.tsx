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
        <Item label="Aan">{message.recipient}</Item>
        <Item label="Soort bericht">{outboxKindLabel(message.kind)}</Item>
        <Item label="Aangemaakt">{formatDateTime(message.createdAt)}</Item>
        <Item label="Status"><OutboxStatusBadge status={status} /></Item>
        {message.sentAt ? <Item label="Verzonden">{formatDateTime(message.sentAt)}</Item> : <Item label="Volgende poging">{formatDateTime(message.nextAttemptAt)}</Item>}
        <Item label="Pogingen">{message.attempts}</Item>
        {message.lastError ? <Item label="Laatste fout">{message.lastError}</Item> : null}
      </dl>
      <section aria-labelledby="tekst" className="max-w-3xl">
        <h2 id="tekst" className="utrecht-heading-2 mb-4">Tekst van het bericht</h2>
        <div className="border border-border p-4 whitespace-pre-wrap break-words utrecht-paragraph">{message.body}</div>
      </section>
    </>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="utrecht-data-list__item border-b border-border py-2 sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4">
      <dt className="utrecht-data-list__item-key font-bold">{label}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{children}</dd>
    </div>
  );
}
