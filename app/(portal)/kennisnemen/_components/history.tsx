import { DataTable } from "@/components/data-table";
import type { OwnAcknowledgement } from "@/db/queries/acknowledgements";
import { formatDateTime } from "@/lib/dates";

export const receiptHref = (id: number) => `/kennisnemen/${id}/ontvangstbewijs`;

/** Every version the person acknowledged, each with its receipt: earlier ones stay on record. */
export function AcknowledgementHistory({ rows }: { rows: OwnAcknowledgement[] }) {
  return (
    <section aria-labelledby="eerder" className="mt-12">
      <h2 id="eerder" className="utrecht-heading-2 mb-4">Uw kennisnames</h2>
      {rows.length === 0 ? (
        <p className="utrecht-paragraph">U heeft nog van geen enkele versie van het beleid kennisgenomen.</p>
      ) : (
        <DataTable caption="Uw kennisnames, de nieuwste eerst" captionHidden columns={["Versie", "Kennisgenomen op", "Controlecode", "Ontvangstbewijs"]}>
          {rows.map((r) => (
            <tr key={r.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">Versie {r.versionNumber}: {r.versionTitle}</th>
              <td className="utrecht-table__cell">{formatDateTime(r.acknowledgedAt)}</td>
              <td className="utrecht-table__cell"><code className="utrecht-code">{r.verificationCode}</code></td>
              <td className="utrecht-table__cell">
                <a className="utrecht-link" href={receiptHref(r.id)} download>Download ontvangstbewijs versie {r.versionNumber} (PDF)</a>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
