import type { CountryRow } from "@/lib/lists/diff";
import { formatDate } from "@/lib/dates";
import { DataTable } from "@/components/data-table";

export function PublicCountriesTable({ countries, caption }: { countries: CountryRow[]; caption: string }) {
  return (
    <DataTable caption={caption} columns={["Land", "Landcode", "Grondslag", "Op de lijst sinds"]}>
          {countries.map((c) => (
            <tr key={c.countryId} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell text-left font-bold">{c.name}</th>
              <td className="utrecht-table__cell"><abbr title={`ISO-landcode van ${c.name}`}>{c.code}</abbr></td>
              <td className="utrecht-table__cell">{c.basis}</td>
              <td className="utrecht-table__cell">{formatDate(c.listedOn)}</td>
            </tr>
          ))}
        </DataTable>
  );
}
