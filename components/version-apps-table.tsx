import { Fragment } from "react";
import type { AppRow } from "@/lib/list-diff";
import { measureLabels } from "@/lib/labels";

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
    <div className="portal-table-wrap" role="region" aria-labelledby="apps-caption" tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table utrecht-table--row-hover">
        <caption id="apps-caption" className="utrecht-table__caption text-left">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">App</th>
            <th scope="col" className="utrecht-table__header-cell">Leverancier</th>
            <th scope="col" className="utrecht-table__header-cell">Land</th>
            <th scope="col" className="utrecht-table__header-cell">Categorie</th>
            <th scope="col" className="utrecht-table__header-cell">Maatregel</th>
            <th scope="col" className="utrecht-table__header-cell">iOS-bundel-ID</th>
            <th scope="col" className="utrecht-table__header-cell">Android-pakketnaam</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
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
        </tbody>
      </table>
    </div>
  );
}
