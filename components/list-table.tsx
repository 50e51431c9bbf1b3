import type { AppRow } from "@/lib/list-diff";
import { measureLabels } from "@/lib/labels";

function Identifier({ value, verified }: { value: string | null; verified: boolean }) {
  if (!value) return <>onbekend</>;
  return (
    <>
      <code className="utrecht-code break-all">{value}</code>
      {verified ? null : <><br /><span className="text-sm">niet geverifieerd</span></>}
    </>
  );
}

/** The apps of one published version, as frozen at publication. */
export function VersionAppsTable({ apps, caption }: { apps: AppRow[]; caption: string }) {
  return (
    <div className="portal-table-wrap">
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">App</th>
            <th scope="col" className="utrecht-table__header-cell">Leverancier</th>
            <th scope="col" className="utrecht-table__header-cell">Land</th>
            <th scope="col" className="utrecht-table__header-cell">Maatregel</th>
            <th scope="col" className="utrecht-table__header-cell">iOS-bundel-ID</th>
            <th scope="col" className="utrecht-table__header-cell">Android-pakketnaam</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {apps.map((a) => (
            <tr key={a.appId} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">{a.name}</th>
              <td className="utrecht-table__cell">{a.vendorName}</td>
              <td className="utrecht-table__cell">{a.countryName}</td>
              <td className="utrecht-table__cell">{measureLabels[a.measure]}</td>
              <td className="utrecht-table__cell"><Identifier value={a.iosBundleId} verified={a.iosVerified} /></td>
              <td className="utrecht-table__cell"><Identifier value={a.androidPackage} verified={a.androidVerified} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
