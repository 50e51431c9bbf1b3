import { outboxStatusLabels, type OutboxStatus } from "@/lib/mail/read";

const badgeClass: Record<OutboxStatus, string> = {
  sent: "utrecht-status-badge--safe",
  waiting: "utrecht-status-badge--neutral",
  retrying: "utrecht-status-badge--warning",
};

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  return <span className={`utrecht-status-badge ${badgeClass[status]}`}>{outboxStatusLabels[status]}</span>;
}
