import Link from "next/link";
import type { RegisterFilters } from "@/db/queries/exemptions";
import { exemptionReasonLabels, exemptionStatusLabels, options, riskGroupLabels } from "@/lib/labels";

/** A plain GET form: the filters end up in the address, so a view can be shared, reloaded and exported. */
export function RegisterFilterForm({ filters, apps }: { filters: RegisterFilters; apps: { appId: number; appName: string }[] }) {
  return (
    <form method="get" action="/uitzonderingen/register" className="flex flex-col gap-4" aria-labelledby="filters-titel">
      <h2 id="filters-titel" className="utrecht-heading-2">Filteren</h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Select id="filter-status" name="status" label="Status" value={filters.status} empty="Alle statussen" options={options(exemptionStatusLabels)} />
        <Select id="filter-app" name="app" label="App" value={filters.appId ? String(filters.appId) : undefined} empty="Alle apps"
          options={apps.map((a) => ({ value: String(a.appId), label: a.appName }))} />
        <Select id="filter-reden" name="reden" label="Waarvoor" value={filters.reason} empty="Alle redenen" options={options(exemptionReasonLabels)} />
        <Select id="filter-risicogroep" name="risicogroep" label="Risicogroep" value={filters.riskGroup} empty="Alle risicogroepen" options={options(riskGroupLabels)} />
        <div className="utrecht-form-field utrecht-form-field--text">
          <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor="filter-binnen">Loopt af binnen (dagen)</label></div>
          <div id="filter-binnen-uitleg" className="utrecht-form-field-description">Alleen goedgekeurde uitzonderingen die binnen zoveel dagen aflopen.</div>
          <div className="utrecht-form-field__input">
            <input id="filter-binnen" name="binnen" type="text" inputMode="numeric" defaultValue={filters.endingWithinDays ?? ""} aria-describedby="filter-binnen-uitleg"
              className="utrecht-textbox utrecht-textbox--html-input" />
          </div>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">Filteren</button>
        <Link href="/uitzonderingen/register" className="utrecht-link">Alle filters wissen</Link>
      </div>
    </form>
  );
}

function Select({ id, name, label, value, empty, options: choices }: { id: string; name: string; label: string; value?: string; empty: string; options: { value: string; label: string }[] }) {
  return (
    <div className="utrecht-form-field utrecht-form-field--text">
      <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor={id}>{label}</label></div>
      <div className="utrecht-form-field__input">
        <select id={id} name={name} defaultValue={value ?? ""} className="utrecht-select utrecht-select--html-select">
          <option value="">{empty}</option>
          {choices.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </div>
    </div>
  );
}
