import { DataTable } from "@/components/data-table";
import type { Rate } from "@/lib/policy/acknowledgement-overview";

/** A rate as text first ("3 van 10, 30%"); the bar beside it only repeats that for the eye. */
function RateCells({ rate }: { rate: Rate }) {
  return (
    <>
      <td className="utrecht-table__cell">{rate.acknowledged} van {rate.total}</td>
      <td className="utrecht-table__cell">
        <div className="flex items-center gap-3">
          <span className="w-12 text-right tabular-nums">{rate.percent}%</span>
          <span aria-hidden="true" className="block h-3 w-40 rounded-sm border border-border bg-bg-subtle">
            <span className="block h-full bg-accent-inverse" style={{ width: `${rate.percent}%` }} />
          </span>
        </div>
      </td>
    </>
  );
}

export function RateTable({ caption, heading, rates, total }: { caption: string; heading: string; rates: Rate[]; total: Rate }) {
  return (
    <DataTable caption={caption} columns={[heading, "Kennisgenomen", "Percentage"]}>
      {rates.map((r) => (
        <tr key={r.key} className="utrecht-table__row">
          <th scope="row" className="utrecht-table__header-cell">{r.label}</th>
          <RateCells rate={r} />
        </tr>
      ))}
      <tr className="utrecht-table__row font-bold">
        <th scope="row" className="utrecht-table__header-cell">Totaal</th>
        <RateCells rate={total} />
      </tr>
    </DataTable>
  );
}
