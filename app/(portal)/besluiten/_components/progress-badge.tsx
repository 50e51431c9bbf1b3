import { milestoneStateLabels, progressLabels } from "@/lib/decisions/labels";
import type { MilestoneState, Progress } from "@/lib/decisions/progress";

// The colour only repeats what the word says (WCAG 1.4.1): the label is always there.
const progressClass: Record<Progress, string> = {
  on_track: "utrecht-status-badge--safe",
  at_risk: "utrecht-status-badge--warning",
  overdue: "utrecht-status-badge--danger",
  done: "utrecht-status-badge--neutral",
  stopped: "utrecht-status-badge--neutral",
};

const stateClass: Record<MilestoneState, string> = {
  done: "utrecht-status-badge--safe",
  overdue: "utrecht-status-badge--danger",
  due_soon: "utrecht-status-badge--warning",
  open: "utrecht-status-badge--neutral",
};

export function ProgressBadge({ progress }: { progress: Progress }) {
  return <span className={`utrecht-status-badge ${progressClass[progress]}`}>{progressLabels[progress]}</span>;
}

export function MilestoneStateBadge({ state }: { state: MilestoneState }) {
  return <span className={`utrecht-status-badge ${stateClass[state]}`}>{milestoneStateLabels[state]}</span>;
}
