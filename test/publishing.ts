import type { Db } from "@/db/client";
import { getLatestVersion } from "@/db/queries/list-versions";
import { getPendingChanges } from "@/lib/lists/publish";
import { changelogFingerprint } from "@/lib/lists/changelog-fingerprint";

/** What the confirmation page sends along with the note: the tick and the fingerprint of the changes it showed. */
export async function publishConfirmation(db: Db) {
  const latest = await getLatestVersion(db);
  return { bevestigd: "ja", concept: changelogFingerprint((latest?.number ?? 0) + 1, await getPendingChanges(db)) };
}
