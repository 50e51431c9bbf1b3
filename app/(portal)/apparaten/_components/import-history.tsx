import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { formatDateTime } from "@/lib/dates";

export type ImportHistoryRow = {
  id: number;
  fileName: string;
  status: "running" | "completed" | "failed";
  startedByName: string;
  startedAt: Date;
  finishedAt: Date | null;
  rowCount: number | null;
  deviceCount: number | null;
  problemCount: number;
};

const statusLabels: Record<ImportHistoryRow["status"], string> = { running: "Bezig", completed: "Ingelezen", failed: "Geweigerd" };

/** The last imports, newest first, each linking to its own page (problems of a refused file, counts of a good one). */
export function ImportHistory({ rows }: { rows: ImportHistoryRow[] }) {
  if (rows.length === 0) return <p className="utrecht-paragraph">Er is nog geen inventaris geïmporteerd.</p>;
  return (
    <DataTable caption="De laatste imports, nieuwste eerst" captionHidden columns={["Bestand", "Gestart", "Door", "Status", "Regels", "Apparaten"]}>
      {rows.map((row) => (
        <tr key={row.id} className="utrecht-table__row">
          <th scope="row" className="utrecht-table__header-cell">
            <Link className="utrecht-link break-all" href={`/apparaten/importen/${row.id}`}>{row.fileName}</Link>
          </th>
          <td className="utrecht-table__cell whitespace-nowrap">{formatDateTime(row.startedAt)}</td>
          <td className="utrecht-table__cell">{row.startedByName}</td>
          <td className="utrecht-table__cell">
            {statusLabels[row.status]}
            {row.status === "failed" && row.problemCount > 0 ? ` (${row.problemCount === 1 ? "1 probleem" : `${row.problemCount} problemen`})` : null}
          </td>
          <td className="utrecht-table__cell">{row.rowCount?.toLocaleString("nl-NL") ?? "–"}</td>
          <td className="utrecht-table__cell">{row.deviceCount?.toLocaleString("nl-NL") ?? "–"}</td>
        </tr>
      ))}
    </DataTable>
  );
}
