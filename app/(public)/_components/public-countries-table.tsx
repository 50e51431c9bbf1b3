import type { CountryRow } from "@/lib/list-diff";
import { formatDate } from "@/lib/dates";

export function PublicCountriesTable({ countries, caption }: { countries: CountryRow[]; caption: string }) {
  return (
    <div className="portal-table-wrap" role="region" aria-labelledby="landen-caption" tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption id="landen-caption" className="utrecht-table__caption text-left">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Land</th>
            <th scope="col" className="utrecht-table__header-cell">Landcode</th>
            <th scope="col" className="utrecht-table__header-cell">Grondslag</th>
            <th scope="col" className="utrecht-table__header-cell">Op de lijst sinds</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {countries.map((c) => (
            <tr key={c.countryId} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell text-left font-bold">{c.name}</th>
              <td className="utrecht-table__cell"><abbr title={`ISO-landcode van ${c.name}`}>{c.code}</abbr></td>
              <td className="utrecht-table__cell">{c.basis}</td>
              <td className="utrecht-table__cell">{formatDate(c.listedOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
