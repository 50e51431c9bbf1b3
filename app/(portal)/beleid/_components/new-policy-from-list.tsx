import { getDb } from "@/db";
import { getLatestVersion } from "@/db/queries/list-versions";
import { getLatestPublishedPolicy, getPolicyDraft } from "@/db/queries/policy";
import { StartDraftForm } from "./start-draft-form";

/**
 * After a list publication, the CISO's next step (seed 002, "proces gestart"): a new policy version that refers to
 * the new list. Shown on the newest list version only, while the newest policy still refers to an older list.
 */
export async function NewPolicyFromList({ listVersion }: { listVersion: { id: number; number: number } }) {
  const db = getDb();
  const [newestList, policy, draft] = await Promise.all([getLatestVersion(db), getLatestPublishedPolicy(db), getPolicyDraft(db)]);
  if (newestList?.id !== listVersion.id || !policy || policy.listVersionId === listVersion.id || draft?.listVersionId === listVersion.id) return null;
  return (
    <section aria-labelledby="beleid-volgt" className="mb-10 flex max-w-3xl flex-col gap-4 border-l-4 border-accent pl-6">
      <h2 id="beleid-volgt" className="utrecht-heading-2">Volgende stap: het beleid</h2>
      <p className="utrecht-paragraph">
        Beleidsversie {policy.number} verwijst nog naar een oudere lijst. Start een nieuwe beleidsversie met lijstversie {listVersion.number}, zodat
        iedereen opnieuw wordt gevraagd kennis te nemen. {draft ? "Het concept dat er al is, gaat dan naar deze lijst verwijzen." : `U begint met een kopie van versie ${policy.number}.`}
      </p>
      <StartDraftForm latestNumber={policy.number} listVersionId={listVersion.id} label="Start een nieuwe beleidsversie met deze lijst" />
    </section>
  );
}
