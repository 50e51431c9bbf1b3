import { daysUntil, questionStateLabels, type CouncilQuestionState } from "@/lib/council-questions/answer-term";
import { countOf } from "@/lib/plural";

const plural = (n: number) => countOf(n, "dag", "dagen");

/** The state in words, with how far the due date is: "Te laat: 5 dagen over de termijn". */
export function StateLabel({ state, dueOn, today }: { state: CouncilQuestionState; dueOn: string; today: string }) {
  const days = daysUntil(dueOn, today);
  const detail =
    state === "overdue" ? `${plural(-days)} over de termijn` : state === "answered" ? null : days === 0 ? "uiterlijk vandaag" : `nog ${plural(days)}`;
  return (
    <span>
      <strong>{questionStateLabels[state]}</strong>
      {detail ? `: ${detail}` : null}
    </span>
  );
}
