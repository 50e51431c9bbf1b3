import { and, count, desc, eq, gt, ilike, isNotNull, isNull, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outboxMessages } from "@/db/schema";
import { textParam, type SearchParams } from "@/lib/params";

export type OutboxStatus = "waiting" | "sent" | "retrying";

export const outboxStatusLabels: Record<OutboxStatus, string> = {
  waiting: "Wacht op verzending",
  sent: "Verzonden",
  retrying: "Mislukt, opnieuw gepland",
};

// Dutch names in the address, so a filtered view can be bookmarked.
const statusParam: Record<string, OutboxStatus> = { wacht: "waiting", verzonden: "sent", mislukt: "retrying" };
const paramForStatus = Object.fromEntries(Object.entries(statusParam).map(([k, v]) => [v, k])) as Record<OutboxStatus, string>;
/** The address value of a status ("mislukt"), or "" for none. */
export const outboxStatusParam = (status?: OutboxStatus) => (status ? paramForStatus[status] : "");
export const outboxStatusOptions = Object.entries(statusParam).map(([value, status]) => ({ value, label: outboxStatusLabels[status] }));

export type OutboxFilters = { status?: OutboxStatus; recipient?: string };

const MAX_PAGE = 1_000_000;

export function parseOutboxFilters(params: SearchParams): { filters: OutboxFilters; page: number } {
  const filters: OutboxFilters = {};
  const status = textParam(params.status, 20);
  // Own keys only: "?status=constructor" must not find something on the prototype.
  if (status && Object.hasOwn(statusParam, status)) filters.status = statusParam[status];
  const recipient = textParam(params.ontvanger, 200);
  if (recipient) filters.recipient = recipient;
  const page = Number.parseInt(textParam(params.pagina, 10) ?? "", 10);
  return { filters, page: Number.isFinite(page) && page > 0 ? Math.min(page, MAX_PAGE) : 1 };
}

export function outboxFilterQuery(filters: OutboxFilters, page?: number): string {
  const params = new URLSearchParams();
  if (filters.status) params.set("status", paramForStatus[filters.status]);
  if (filters.recipient) params.set("ontvanger", filters.recipient);
  if (page && page > 1) params.set("pagina", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function outboxStatus(row: { sentAt: Date | null; attempts: number }): OutboxStatus {
  if (row.sentAt) return "sent";
  return row.attempts > 0 ? "retrying" : "waiting";
}

function conditions(filters: OutboxFilters): SQL | undefined {
  const parts: SQL[] = [];
  if (filters.status === "sent") parts.push(isNotNull(outboxMessages.sentAt));
  if (filters.status === "waiting") parts.push(isNull(outboxMessages.sentAt), eq(outboxMessages.attempts, 0));
  if (filters.status === "retrying") parts.push(isNull(outboxMessages.sentAt), gt(outboxMessages.attempts, 0));
  // A typed % or _ matches itself, not any text.
  if (filters.recipient) parts.push(ilike(outboxMessages.recipient, `%${filters.recipient.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  return parts.length ? and(...parts) : undefined;
}

export async function countOutboxMessages(db: Db, filters: OutboxFilters): Promise<number> {
  const [row] = await db.select({ n: count() }).from(outboxMessages).where(conditions(filters));
  return row.n;
}

/** A page of messages, newest first, without their text (the detail page shows it). */
export async function listOutboxMessages(db: Db, filters: OutboxFilters, page: { limit: number; offset: number }) {
  return db
    .select({
      id: outboxMessages.id,
      recipient: outboxMessages.recipient,
      subject: outboxMessages.subject,
      kind: outboxMessages.kind,
      createdAt: outboxMessages.createdAt,
      attempts: outboxMessages.attempts,
      nextAttemptAt: outboxMessages.nextAttemptAt,
      lastError: outboxMessages.lastError,
      sentAt: outboxMessages.sentAt,
    })
    .from(outboxMessages)
    .where(conditions(filters))
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(page.limit)
    .offset(page.offset);
}

export type OutboxListRow = Awaited<ReturnType<typeof listOutboxMessages>>[number];

export async function getOutboxMessage(db: Db, id: number) {
  const [row] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, id));
  return row ?? null;
}

const kindLabels: Record<string, string> = {
  "policy.reminder": "Herinnering kennisname beleid",
  "exemption.approved": "Uitzondering goedgekeurd",
  "exemption.rejected": "Aanvraag uitzondering afgewezen",
  "exemption.revoked": "Uitzondering ingetrokken",
  "exemption.expired": "Uitzondering verlopen",
  "exemption.reminder": "Uitzondering verloopt binnenkort",
  "inventory.removal": "Verzoek een app te verwijderen",
};

/** What caused a message, in Dutch; a kind without a label shows its code. */
export function outboxKindLabel(kind: string): string {
  return Object.hasOwn(kindLabels, kind) ? kindLabels[kind] : kind;
}
