import "server-only";
import { createHash } from "node:crypto";
import type { ListChangelog } from "./diff";

/**
 * Identifies exactly what a CISO saw on the confirmation page: the version number and its changelog.
 * Publishing checks it again under the lock, so a draft changed by someone else in between is not
 * published on a confirmation that was given for something else.
 */
export function changelogFingerprint(number: number, changelog: ListChangelog): string {
  return createHash("sha256").update(JSON.stringify({ number, changelog })).digest("hex");
}
