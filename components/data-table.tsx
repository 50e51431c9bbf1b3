import { useId } from "react";

/**
 * A captioned table in the NL Design System look. The wrapper scrolls on narrow screens and can be
 * reached with the keyboard, so wide tables stay usable (WCAG 2.1.1 and 1.4.10). A hidden caption still
 * names the table for screen readers when a heading above already says what it is.
 */
export function DataTable({ caption, columns, children, captionHidden = false }: { caption: React.ReactNode; columns: React.ReactNode[]; children: React.ReactNode; captionHidden?: boolean }) {
  const captionId = useId();
  return (
    <div className="portal-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption id={captionId} className={`utrecht-table__caption text-left${captionHidden ? " sr-only" : ""}`}>{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column, i) => (
              <th key={i} scope="col" className="utrecht-table__header-cell">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}
