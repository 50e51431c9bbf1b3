import Link from "next/link";
import { getDb } from "@/db";
import { getVersionSnapshot } from "@/db/queries/list-versions";
import type { Memo } from "@/db/queries/memos";
import { Markdown } from "@/components/markdown";
import { VersionAppsTable } from "@/components/version-apps-table";
import { formatDate } from "@/lib/dates";
import { audienceWords } from "@/lib/memos/labels";

/** A memo as its readers see it: the head (date, from, to, subject, contact), the text and the list as it stood. */
export async function MemoView({ memo }: { memo: Memo }) {
  const snapshot = memo.listVersionId ? await getVersionSnapshot(getDb(), memo.listVersionId) : null;
  const rows: [string, React.ReactNode][] = [
    ["Datum", formatDate(memo.memoDate)],
    ["Van", memo.sender],
    ["Aan", audienceWords(memo.audiences)],
    ["Onderwerp", memo.subject],
    ["Contactpersoon", memo.contactDetails ? `${memo.contactName}, ${memo.contactDetails}` : memo.contactName],
  ];
  if (memo.correctsMemoId) {
    rows.push(["Correctie van", <Link key="c" className="utrecht-link" href={`/memos/${memo.correctsMemoId}`}>Memo {memo.correctsNumber}</Link>]);
  }
  return (
    <article className="flex flex-col gap-8">
      <dl className="grid max-w-4xl grid-cols-1 gap-x-6 gap-y-2 border-b border-border pb-6 sm:grid-cols-[12rem_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="utrecht-paragraph font-bold">{term}</dt>
            <dd className="utrecht-paragraph">{value}</dd>
          </div>
        ))}
      </dl>
      <Markdown source={memo.body} className="max-w-3xl" />
      {/* The table's caption is its heading: the whole list version, as it stood when the memo was written. */}
      {snapshot && memo.listVersionNumber ? (
        <VersionAppsTable apps={snapshot.apps} caption={`De lijst van apps: lijstversie ${memo.listVersionNumber}, zoals die gold (${snapshot.apps.length} apps)`} />
      ) : null}
    </article>
  );
}
