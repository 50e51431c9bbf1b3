import type { LinkEnd } from "./kinds";

/** The portal page of an item, for the griffie and the CISO (who make links). */
export function pageOf(end: LinkEnd): string {
  switch (end.kind) {
    case "memo":
      return `/memos/${end.id}`;
    case "decision":
      return `/besluiten/${end.id}`;
    case "council_question":
      return `/raadsvragen/${end.id}`;
    case "policy_version":
      return `/beleid/${end.id}`;
  }
}
