import { ButtonLink } from "@/components/button-link";
import { DataTable } from "@/components/data-table";
import type { ViolatingDeviceRow } from "@/lib/inventory/violations-csv";
import { Pagination } from "../../auditlog/_components/pagination";
import { overviewPageHref, VIOLATIONS_PAGE_SIZE } from "../schemas";

/** One page of the devices with a violation, with their owners; the whole list downloads as CSV. */
export function ViolatingDevices({ rows, total, page }: { rows: ViolatingDeviceRow[]; total: number; page: number }) {
  const pageCount = Math.max(1, Math.ceil(total / VIOLATIONS_PAGE_SIZE));
  if (total === 0) return <p className="utrecht-paragraph">Er zijn in deze inventaris geen apparaten met een overtreding.</p>;
  const first = (page - 1) * VIOLATIONS_PAGE_SIZE + 1;
  return (
    <>
      <div className="flex flex-wrap items-center gap-4">
        <p className="utrecht-paragraph">
          {rows.length === 0 ? `Pagina ${page} bestaat niet; er zijn ${pageCount} pagina's.` : `Apparaat ${first} tot en met ${first + rows.length - 1} van ${total}.`}
        </p>
        <ButtonLink href="/apparaten/overtredingen.csv" download>Download alle {total} als CSV</ButtonLink>
      </div>
      {rows.length > 0 ? (
        <DataTable caption={`Apparaten met een overtreding, pagina ${page} van ${pageCount}`} captionHidden columns={["Apparaat", "Platform", "Eigenaar", "Afdeling", "Apps op de lijst"]}>
          {rows.map((row) => (
            <tr key={row.deviceId} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell break-words">{row.deviceName?.trim() || row.deviceId}</th>
              <td className="utrecht-table__cell">{row.platform ?? "–"}</td>
              <td className="utrecht-table__cell break-words">
                {row.ownerName ?? "Onbekende eigenaar"}
                {row.ownerEmail ? <><br /><span className="text-sm break-all">{row.ownerEmail}</span></> : null}
              </td>
              <td className="utrecht-table__cell">{row.department ?? "–"}</td>
              <td className="utrecht-table__cell">
                <ul className="flex flex-col gap-1">
                  {row.apps.map((app) => (
                    <li key={app.appId}>
                      {app.appName}
                      {app.matchKind === "name" ? <span className="block text-sm">herkend op naam, niet op app-id: controleer</span> : null}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <Pagination page={page} pageCount={pageCount} hrefFor={overviewPageHref} />
    </>
  );
}
