import type { ChannelStatus } from "@/db/schema/enums";
import { channelStatusLabels, FLAG_TEXT } from "@/lib/channels/labels";

// The colour only repeats what the word says (WCAG 1.4.1): the label is always there.
const statusClass: Record<ChannelStatus, string> = {
  active: "utrecht-status-badge--safe",
  winding_down: "utrecht-status-badge--warning",
  closed: "utrecht-status-badge--neutral",
};

export function ChannelStatusBadge({ status }: { status: ChannelStatus }) {
  return <span className={`utrecht-status-badge ${statusClass[status]}`}>{channelStatusLabels[status]}</span>;
}

export function FlagBadge() {
  return <span className="utrecht-status-badge utrecht-status-badge--danger">{FLAG_TEXT}</span>;
}
