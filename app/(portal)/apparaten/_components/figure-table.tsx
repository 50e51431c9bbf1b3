import { DataTable } from "@/components/data-table";
import { onDevicesText } from "@/lib/inventory/coverage";

export type Figure = { key: string; label: string; devices: number; violations: number; exempted: number; unknown: number };

/**
 * One breakdown of the current inventory (per app, department or risk group) as "TikTok op 33 van 695
 * apparaten", split into violation, exemption and unknown owner (devices, not installs). Every figure carries
 * the coverage, so none is read without knowing how much of the fleet it speaks for.
 */
export function FigureTable({ id, title, column, figures, deviceCount, managedTotal, named = false }: {
  id: string; title: string; column: string; figures: Figure[]; deviceCount: number; managedTotal: number | null; named?: boolean;
}) {
  // "TikTok op 33 van 695 apparaten (dekking 99%)" for an app; "5 van 695 apparaten (…)" for a group of people.
  const phrase = (f: Figure) => (named ? `${f.label} ${onDevicesText(f.devices, deviceCount, managedTotal)}` : onDevicesText(f.devices, deviceCount, managedTotal).replace(/^op /, ""));
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h3 id={id} className="utrecht-heading-3">{title}</h3>
      {figures.length === 0 ? (
        <p className="utrecht-paragraph">Geen apps van de lijst gevonden.</p>
      ) : (
        <DataTable caption={`${title}: apparaten met een app van de lijst`} captionHidden
          columns={[column, "Apparaten met een app van de lijst", "Overtreding", "Uitzondering", "Onbekende eigenaar"]}>
          {figures.map((f) => (
            <tr key={f.key} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell break-words">{f.label}</th>
              <td className="utrecht-table__cell">{phrase(f)}</td>
              <td className="utrecht-table__cell">{f.violations}</td>
              <td className="utrecht-table__cell">{f.exempted}</td>
              <td className="utrecht-table__cell">{f.unknown}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
