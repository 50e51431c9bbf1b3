import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { formatDateTime } from "@/lib/dates";
import { outboxStatus, type OutboxListRow } from "@/lib/mail/read";
import { OutboxStatusBadge } from "./outbox-status-badge";

const columns = ["Aangemaakt", "Ontvanger", "Onderwerp", "Status", "Pogingen", "Laatste fout"];

export function OutboxTable({ rows }: { rows: OutboxListRow[] }) {
  return (
    // DataTable: the wrapper scrolls sideways on a phone and can be scrolled with the keyboard.
    <DataTable caption="Berichten, de nieuwste eerst" captionHidden columns={columns}>
      {rows.map((row) => {
        const status = outboxStatus(row);
        return (
          <tr key={row.id} className="utrecht-table__row align-top">
            <td className="utrecht-table__cell whitespace-nowrap">
              <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt)}</time>
            </td>
            <td className="utrecht-table__cell whitespace-nowrap">{row.recipient}</td>
            <td className="utrecht-table__cell min-w-64">
              <Link className="utrecht-link" href={`/beheer/berichten/${row.id}`}>{row.subject}</Link>
            </td>
            <td className="utrecht-table__cell">
              <span className="whitespace-nowrap"><OutboxStatusBadge status={status} /></span>
              {status === "retrying" ? <span className="block text-sm">Volgende poging: {formatDateTime(row.nextAttemptAt)}</span> : null}
              {status === "sent" ? <span className="block text-sm">{formatDateTime(row.sentAt)}</span> : null}
            </td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{row.attempts}</td>
            <td className="utrecht-table__cell text-sm break-all">{row.lastError ?? "–"}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
