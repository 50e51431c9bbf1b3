import { Fragment } from "react";
import type { AppRow } from "@/lib/lists/diff";
import { measureLabels } from "@/lib/labels";
import { DataTable } from "@/components/data-table";

// Long identifiers wrap after a dot rather than mid-word; <wbr> adds nothing when the text is copied.
function breakAtDots(value: string) {
  return value.split(".").map((part, i) => (
    <Fragment key={i}>
      {i > 0 ? <>.<wbr /></> : null}
      {part}
    </Fragment>
  ));
}

function Identifier({ value, verified }: { value: string | null; verified: boolean }) {
  if (!value) return <span className="text-subtle">onbekend</span>;
  return (
    <>
      <code className="utrecht-code">{breakAtDots(value)}</code>
      {verified ? null : <span className="block text-sm">niet geverifieerd</span>}
    </>
  );
}

/** The apps of one published version, as frozen at publication; used on the public page and in the portal. */
export function VersionAppsTable({ apps, caption }: { apps: AppRow[]; caption: string }) {
  return (
    <DataTable caption={caption} columns={["App", "Leverancier", "Land", "Categorie", "Maatregel", "iOS-bundel-ID", "Android-pakketnaam"]}>
          {apps.map((a) => (
            <tr key={a.appId} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell text-left font-bold">{a.name}</th>
              <td className="utrecht-table__cell">{a.vendorName}</td>
              <td className="utrecht-table__cell">{a.countryName}</td>
              <td className="utrecht-table__cell">{a.category}</td>
              <td className="utrecht-table__cell">{measureLabels[a.measure]}</td>
              <td className="utrecht-table__cell"><Identifier value={a.iosBundleId} verified={a.iosVerified} /></td>
              <td className="utrecht-table__cell"><Identifier value={a.androidPackage} verified={a.androidVerified} /></td>
            </tr>
          ))}
        </DataTable>
  );
}
