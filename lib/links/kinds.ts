import { linkKinds, type LinkKind } from "@/db/schema/enums";

export type LinkEnd = { kind: LinkKind; id: number };

export const linkKindLabels: Record<LinkKind, string> = {
  council_question: "Raadsvraag",
  decision: "Collegebesluit",
  memo: "Memo",
  policy_version: "Beleidsversie",
};

/** The plural, for the groups in the "add a link" list. */
export const linkKindGroupLabels: Record<LinkKind, string> = {
  council_question: "Raadsvragen",
  decision: "Collegebesluiten",
  memo: "Memo's",
  policy_version: "Beleidsversies",
};

/**
 * A link is stored in one order, so "memo 3 → besluit 1" and "besluit 1 → memo 3" are the same row and the
 * unique index refuses the second. The order: by kind (as in the enum), then by id.
 */
export function orderedPair(a: LinkEnd, b: LinkEnd): { from: LinkEnd; to: LinkEnd } {
  const rank = (end: LinkEnd) => linkKinds.indexOf(end.kind);
  const aFirst = rank(a) < rank(b) || (rank(a) === rank(b) && a.id < b.id);
  return aFirst ? { from: a, to: b } : { from: b, to: a };
}

/** "memo:3" in a form's select, so one field carries both the kind and the id. */
export const linkValue = (end: LinkEnd) => `${end.kind}:${end.id}`;
