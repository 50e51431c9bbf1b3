import Link from "next/link";
import type { listMemosForReader } from "@/db/queries/memos";
import { DataTable } from "@/components/data-table";
import { formatDate } from "@/lib/dates";

type InboxRow = Awaited<ReturnType<typeof listMemosForReader>>[number];

const unreadWords = (n: number) => (n === 0 ? "U heeft alle memo's gelezen." : n === 1 ? "U heeft 1 ongelezen memo." : `U heeft ${n} ongelezen memo's.`);

/** A reader's memos; an unread one says so in words and in bold, not by colour alone. */
export function Inbox({ memos, unread }: { memos: InboxRow[]; unread: number }) {
  if (memos.length === 0) return <p className="utrecht-paragraph">Er zijn nog geen memo&apos;s aan u gericht.</p>;
  return (
    <div className="flex flex-col gap-4">
      <p className="utrecht-paragraph" role="status">{unreadWords(unread)}</p>
      <DataTable caption="Memo's aan u, de nieuwste bovenaan" captionHidden columns={["Onderwerp", "Status", "Van", "Datum"]}>
        {memos.map((m) => (
          <tr key={m.id} className="utrecht-table__row">
            <th scope="row" className={`utrecht-table__header-cell text-left ${m.readAt ? "font-normal" : "font-bold"}`}>
              <Link className="utrecht-link" href={`/memos/${m.id}`}>Memo {m.number}: {m.subject}</Link>
            </th>
            <td className="utrecht-table__cell">
              {m.readAt ? `Gelezen op ${formatDate(m.readAt)}` : <span className="utrecht-status-badge utrecht-status-badge--warning">Ongelezen</span>}
            </td>
            <td className="utrecht-table__cell">{m.sender}</td>
            <td className="utrecht-table__cell">{formatDate(m.memoDate)}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
