import { DataTable } from "@/components/data-table";
import { TrendChart } from "@/components/trend-chart";
import { formatDate } from "@/lib/dates";

export type TrendPoint = {
  importId: number; finishedAt: Date | null; deviceCount: number | null; managedDeviceTotal: number | null;
  violatingDeviceCount: number | null; violationCount: number | null; exemptedCount: number | null; unknownCount: number | null;
};

const n = (value: number | null) => value ?? 0;

/** The trend across imports: a chart drawn on the server, and the same numbers in a table as its text alternative. */
export function Trend({ points }: { points: TrendPoint[] }) {
  if (points.length === 0) return null;
  const labels = points.map((p) => formatDate(p.finishedAt));
  const last = points.at(-1)!;
  const first = points[0];
  const description = points.length === 1
    ? `Eén inventaris, van ${labels[0]}: ${n(last.violatingDeviceCount)} apparaten met een overtreding, ${n(last.exemptedCount)} uitzonderingen, ${n(last.unknownCount)} met een onbekende eigenaar.`
    : `${points.length} inventarissen van ${labels[0]} tot en met ${labels.at(-1)}. Apparaten met een overtreding: van ${n(first.violatingDeviceCount)} naar ${n(last.violatingDeviceCount)}. Uitzonderingen: van ${n(first.exemptedCount)} naar ${n(last.exemptedCount)}. Onbekende eigenaar: van ${n(first.unknownCount)} naar ${n(last.unknownCount)}. De tabel hieronder geeft alle cijfers.`;
  return (
    <>
      <TrendChart title="Verloop van overtredingen per inventaris" description={description} labels={labels}
        series={[
          { name: "Apparaten met een overtreding", values: points.map((p) => n(p.violatingDeviceCount)), tone: "error" },
          { name: "Uitzonderingen", values: points.map((p) => n(p.exemptedCount)), tone: "accent" },
          { name: "Onbekende eigenaar", values: points.map((p) => n(p.unknownCount)), tone: "subtle" },
        ]} />
      <details>
        <summary className="utrecht-link cursor-pointer">Toon de cijfers als tabel</summary>
        <DataTable caption="Verloop per inventaris, oudste eerst"
          columns={["Datum", "Apparaten in inventaris", "Beheerde apparaten", "Met overtreding", "Overtredingen", "Uitzonderingen", "Onbekende eigenaar"]}>
          {points.map((p, i) => (
            <tr key={p.importId} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell whitespace-nowrap">{labels[i]}</th>
              <td className="utrecht-table__cell">{p.deviceCount ?? "–"}</td>
              <td className="utrecht-table__cell">{p.managedDeviceTotal ?? "niet vastgelegd"}</td>
              <td className="utrecht-table__cell">{p.violatingDeviceCount ?? "–"}</td>
              <td className="utrecht-table__cell">{p.violationCount ?? "–"}</td>
              <td className="utrecht-table__cell">{p.exemptedCount ?? "–"}</td>
              <td className="utrecht-table__cell">{p.unknownCount ?? "–"}</td>
            </tr>
          ))}
        </DataTable>
      </details>
    </>
  );
}
