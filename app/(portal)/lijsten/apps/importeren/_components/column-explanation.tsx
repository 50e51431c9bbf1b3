import { ButtonLink } from "@/components/button-link";
import { appCsvColumns, MAX_IMPORT_ROWS } from "@/lib/lists/app-csv";
import { DataTable } from "@/components/data-table";

/** How to make the file: the rules in plain words, every column, and the example file. */
export function ColumnExplanation() {
  return (
    <section aria-labelledby="uitleg" className="mt-12 flex flex-col gap-4">
      <h2 id="uitleg" className="utrecht-heading-2">Zo maakt u het bestand</h2>
      <ul className="utrecht-unordered-list max-w-3xl">
        <li className="utrecht-unordered-list__item">Op de eerste regel staan de kolomnamen. Hoofdletters en spaties maken niet uit.</li>
        <li className="utrecht-unordered-list__item">Daaronder staat één app per regel, hoogstens {MAX_IMPORT_ROWS} apps per bestand.</li>
        <li className="utrecht-unordered-list__item">Waarden staan tussen komma&apos;s of puntkomma&apos;s. Een bestand dat u in Excel opslaat als &quot;CSV (gescheiden door lijstscheidingsteken)&quot; is goed.</li>
        <li className="utrecht-unordered-list__item">Het is alles of niets: staat er één fout in het bestand, dan wordt er niets geïmporteerd. U ziet dan alle fouten tegelijk.</li>
      </ul>
      <DataTable caption="Kolommen van het CSV-bestand" columns={["Kolom", "Verplicht", "Wat vult u in?", "Voorbeeld"]}>
            {appCsvColumns.map((column) => (
              <tr key={column.key} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell"><code>{column.header}</code></th>
                <td className="utrecht-table__cell">{column.required ? "Ja" : "Nee"}</td>
                <td className="utrecht-table__cell">{column.explanation}</td>
                <td className="utrecht-table__cell">{column.example ? <code>{column.example}</code> : "–"}</td>
              </tr>
            ))}
          </DataTable>
      <div>
        <ButtonLink href="/lijsten/apps/importeren/voorbeeld.csv" download>Voorbeeldbestand downloaden</ButtonLink>
      </div>
    </section>
  );
}
