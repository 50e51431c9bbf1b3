import { DataTable } from "@/components/data-table";
import { formatDate, formatDateTime } from "@/lib/dates";
import { riskGroupLabels } from "@/lib/labels";
import { statusLabels, type OverviewRow } from "@/lib/policy/acknowledgement-overview";

export function PeopleTable({ rows, caption }: { rows: OverviewRow[]; caption: string }) {
  return (
    <DataTable caption={caption} captionHidden columns={["Naam", "Afdeling", "Risicogroep", "Eigen uiterste datum", "Status"]}>
      {rows.map((p) => (
        <tr key={p.userId} className="utrecht-table__row">
          <th scope="row" className="utrecht-table__header-cell">{p.name}</th>
          <td className="utrecht-table__cell">{p.departmentName ?? "Geen afdeling"}</td>
          <td className="utrecht-table__cell">{riskGroupLabels[p.riskGroup]}</td>
          <td className="utrecht-table__cell">{formatDate(p.dueOn)}</td>
          <td className="utrecht-table__cell">
            {p.status === "te-laat" ? <span className="portal-overdue">{statusLabels[p.status]}</span> : statusLabels[p.status]}
            {p.acknowledgedAt ? <span className="block text-sm">op {formatDateTime(p.acknowledgedAt)}</span> : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
