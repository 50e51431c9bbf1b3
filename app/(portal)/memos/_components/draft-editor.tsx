import type { Memo } from "@/db/queries/memos";
import { saveMemoAction } from "../actions";
import { audienceOptions, listOptions } from "../form-options";
import { DiscardMemoForm } from "./confirm-forms";
import { MemoForm } from "./memo-form";
import { MemoView } from "./memo-view";

/** The draft's form, a preview of what was saved, and the way to throw it away. */
export async function DraftEditor({ memo }: { memo: Memo }) {
  return (
    <>
      <MemoForm action={saveMemoAction} values={memo} hidden={{ id: String(memo.id) }} audienceOptions={audienceOptions}
        listOptions={await listOptions()} submitLabel="Concept opslaan en voorbeeld bekijken" />
      <section id="voorbeeld" aria-labelledby="voorbeeld-kop" className="mt-12 flex flex-col gap-4 border-t border-border pt-8">
        <h2 id="voorbeeld-kop" className="utrecht-heading-2">Voorbeeld: zo ziet de opgeslagen memo eruit</h2>
        <MemoView memo={memo} />
      </section>
      <section aria-labelledby="weggooien" className="mt-12 flex max-w-3xl flex-col gap-4 border-t border-border pt-8">
        <h2 id="weggooien" className="utrecht-heading-2">Concept weggooien</h2>
        <DiscardMemoForm id={memo.id} />
      </section>
    </>
  );
}
