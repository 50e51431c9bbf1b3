import Link from "next/link";
import type { listAllMemos } from "@/db/queries/memos";
import { DataTable } from "@/components/data-table";
import { formatDate, formatDateTime } from "@/lib/dates";
import { audienceWords } from "@/lib/memos/labels";

type Row = Awaited<ReturnType<typeof listAllMemos>>[number];

function readRate(m: Row) {
  if (!m.publishedAt) return "–";
  if (m.audienceSize === 0) return "Niemand in de doelgroep";
  return `${m.readCount} van ${m.audienceSize} (${Math.round((m.readCount / m.audienceSize) * 100)}%)`;
}

/** For the griffie and the CISO: every memo, the drafts first, with the read rate of the published ones. */
export function AllMemosTable({ memos }: { memos: Row[] }) {
  if (memos.length === 0) return <p className="utrecht-paragraph">Er zijn nog geen memo&apos;s. Begin met &ldquo;Nieuwe memo&rdquo;.</p>;
  return (
    <DataTable caption="Alle memo's, de concepten bovenaan" captionHidden columns={["Memo", "Onderwerp", "Aan", "Datum", "Status", "Geopend"]}>
      {memos.map((m) => (
        <tr key={m.id} className="utrecht-table__row">
          <th scope="row" className="utrecht-table__header-cell whitespace-nowrap text-left">
            <Link className="utrecht-link" href={`/memos/${m.id}`}>{m.number ? `Memo ${m.number}` : "Concept"}</Link>
          </th>
          <td className="utrecht-table__cell">{m.subject}</td>
          <td className="utrecht-table__cell">{audienceWords(m.audiences)}</td>
          <td className="utrecht-table__cell">{formatDate(m.memoDate)}</td>
          <td className="utrecht-table__cell">{m.publishedAt ? `Gepubliceerd op ${formatDateTime(m.publishedAt)}` : `Concept, gewijzigd op ${formatDateTime(m.updatedAt)}`}</td>
          <td className="utrecht-table__cell">
            {m.publishedAt ? <Link className="utrecht-link" href={`/memos/${m.id}/leesbevestigingen`} aria-label={`Leesbevestigingen memo ${m.number}: ${readRate(m)}`}>{readRate(m)}</Link> : "–"}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
