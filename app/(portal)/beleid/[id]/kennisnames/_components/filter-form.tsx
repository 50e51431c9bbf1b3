import Link from "next/link";
import type { RiskGroup } from "@/db/schema/enums";
import { RISK_GROUP_ORDER, statuses, statusLabels, type OverviewFilters } from "@/lib/policy/acknowledgement-overview";
import { riskGroupLabels } from "@/lib/labels";

function Select({ name, label, value, options }: { name: string; label: string; value?: string; options: { value: string; label: string }[] }) {
  const id = `filter-${name}`;
  return (
    <div className="utrecht-form-field flex flex-col gap-1">
      <label className="utrecht-form-label" htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} className="utrecht-select utrecht-select--html-select">
        <option value="">Alle</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

/** Filters as GET parameters, so a filtered view can be bookmarked and the export takes the same ones. */
export function FilterForm({ action, filters, departments }: { action: string; filters: OverviewFilters; departments: { value: string; label: string }[] }) {
  return (
    <form method="get" action={action} className="mb-6 flex flex-wrap items-end gap-4" aria-label="Mensen filteren">
      <Select name="afdeling" label="Afdeling" value={filters.department} options={departments} />
      <Select name="risicogroep" label="Risicogroep" value={filters.riskGroup} options={RISK_GROUP_ORDER.map((g: RiskGroup) => ({ value: g, label: riskGroupLabels[g] }))} />
      <Select name="status" label="Status" value={filters.status} options={statuses.map((s) => ({ value: s, label: statusLabels[s] }))} />
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">Filter toepassen</button>
      <Link className="utrecht-link self-center" href={action}>Filters wissen</Link>
    </form>
  );
}
