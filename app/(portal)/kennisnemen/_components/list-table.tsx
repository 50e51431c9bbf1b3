import { DataTable } from "@/components/data-table";
import type { AppRow } from "@/db/schema/list-types";
import { measureLabels } from "@/lib/labels";

const ORDER = { banned: 0, discouraged: 1 } as const;

/** The apps as of the policy's list version, the banned ones first: what the person promises about. */
export function PolicyAppsTable({ apps, listVersionNumber }: { apps: AppRow[]; listVersionNumber: number }) {
  const sorted = [...apps].sort((a, b) => ORDER[a.measure] - ORDER[b.measure] || a.name.localeCompare(b.name, "nl"));
  return (
    <DataTable caption={`De apps op lijstversie ${listVersionNumber}, de verboden apps eerst`} columns={["App", "Leverancier", "Land", "Maatregel"]}>
      {sorted.map((a) => (
        <tr key={a.appId} className="utrecht-table__row">
          <th scope="row" className="utrecht-table__header-cell">{a.name}</th>
          <td className="utrecht-table__cell">{a.vendorName}</td>
          <td className="utrecht-table__cell">{a.countryName}</td>
          <td className="utrecht-table__cell">{a.measure === "banned" ? <strong>{measureLabels[a.measure]}</strong> : measureLabels[a.measure]}</td>
        </tr>
      ))}
    </DataTable>
  );
}
