import Link from "next/link";
import { formatDateTime } from "@/lib/dates";
import { outboxStatus, type OutboxListRow } from "@/lib/mail/read";
import { OutboxStatusBadge } from "./outbox-status-badge";

const columns = ["Aangemaakt", "Ontvanger", "Onderwerp", "Status", "Pogingen", "Laatste fout"];

export function OutboxTable({ rows }: { rows: OutboxListRow[] }) {
  return (
    <div className="portal-table-wrap">
      <table className="utrecht-table utrecht-table--html-table w-full">
        <caption className="utrecht-table__caption sr-only">Berichten, de nieuwste eerst</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((h) => (
              <th key={h} scope="col" className="utrecht-table__header-cell">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => {
            const status = outboxStatus(row);
            return (
              <tr key={row.id} className="utrecht-table__row align-top">
                <td className="utrecht-table__cell whitespace-nowrap">
                  <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt)}</time>
                </td>
                <td className="utrecht-table__cell break-all">{row.recipient}</td>
                <td className="utrecht-table__cell">
                  <Link className="utrecht-link" href={`/beheer/berichten/${row.id}`}>{row.subject}</Link>
                </td>
                <td className="utrecht-table__cell">
                  <OutboxStatusBadge status={status} />
                  {status === "retrying" ? <span className="block text-sm">Volgende poging: {formatDateTime(row.nextAttemptAt)}</span> : null}
                  {status === "sent" ? <span className="block text-sm">{formatDateTime(row.sentAt)}</span> : null}
                </td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{row.attempts}</td>
                <td className="utrecht-table__cell text-sm break-all">{row.lastError ?? "–"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
