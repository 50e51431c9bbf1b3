/** One row of a details list (`<dl className="utrecht-data-list">`): the label left, the value right on wider screens. */
export function DataListItem({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="utrecht-data-list__item border-b border-border py-2 sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4">
      <dt className="utrecht-data-list__item-key font-bold">{label}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{children}</dd>
    </div>
  );
}
