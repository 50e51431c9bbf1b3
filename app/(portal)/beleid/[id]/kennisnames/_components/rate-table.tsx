import { DataTable } from "@/components/data-table";
import type { Rate } from "@/lib/policy/acknowledgement-overview";

const BAR = 120;

/** A rate as text first ("3 van 10, 30%"); the bar beside it only repeats that for the eye. */
function RateCells({ rate }: { rate: Rate }) {
  return (
    <>
      <td className="utrecht-table__cell">{rate.acknowledged} van {rate.total}</td>
      <td className="utrecht-table__cell">
        <div className="flex items-center gap-3">
          <span className="w-12 text-right tabular-nums">{rate.percent}%</span>
          {/* SVG attributes, not a style: the CSP allows no inline styles. */}
          <svg aria-hidden="true" focusable="false" width={BAR} height="12" className="shrink-0">
            <rect x="0.5" y="0.5" width={BAR - 1} height="11" className="fill-bg-subtle stroke-border" />
            <rect x="0.5" y="0.5" width={((BAR - 1) * rate.percent) / 100} height="11" className="fill-accent-inverse" />
          </svg>
        </div>
      </td>
    </>
  );
}

export function RateTable({ caption, heading, rates, total }: { caption: string; heading: string; rates: Rate[]; total: Rate }) {
  return (
    <DataTable caption={caption} captionHidden columns={[heading, "Kennisgenomen", "Percentage"]}>
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
