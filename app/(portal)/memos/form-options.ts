import { getDb } from "@/db";
import { listVersionsNewestFirst } from "@/db/queries/list-versions";
import { memoAudiences } from "@/db/schema/enums";
import { formatDate } from "@/lib/dates";
import { memoAudienceLabels } from "@/lib/memos/labels";

export const audienceOptions = memoAudiences.map((a) => ({ value: a, label: memoAudienceLabels[a] }));

/** The published list versions for the memo form, newest first. */
export async function listOptions() {
  const versions = await listVersionsNewestFirst(getDb());
  return versions.map((v, i) => ({ value: String(v.id), label: `Versie ${v.number} (${formatDate(v.publishedAt)})${i === 0 ? ", de nieuwste" : ""}` }));
}
