import type { AppFilters } from "@/db/queries/lists";
import { measureLabels, options, sourceLabels } from "@/lib/labels";

type Option = { value: string; label: string };

function Select({ name, label, value, choices }: { name: string; label: string; value?: string | number; choices: Option[] }) {
  return (
    <div className="utrecht-form-field flex flex-col gap-1">
      <label className="utrecht-form-label" htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value === undefined ? "" : String(value)} className="utrecht-select utrecht-select--html-select">
        <option value="">Alle</option>
        {choices.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

/** A plain GET form: filters live in the address, so a filtered view can be bookmarked or shared. */
export function AppFilterForm({ filters, countries, vendors }: { filters: AppFilters; countries: Option[]; vendors: Option[] }) {
  return (
    <form method="get" role="search" aria-label="Apps zoeken en filteren" className="mb-6 grid items-end gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <div className="utrecht-form-field flex flex-col gap-1 sm:col-span-2">
        <label className="utrecht-form-label" htmlFor="filter-zoek">Zoeken</label>
        <input id="filter-zoek" name="zoek" type="search" defaultValue={filters.search} className="utrecht-textbox utrecht-textbox--html-input"
          aria-describedby="filter-zoek-uitleg" />
        <span id="filter-zoek-uitleg" className="utrecht-form-field-description">Op naam, leverancier, categorie, bundel-ID of pakketnaam.</span>
      </div>
      <Select name="land" label="Land" value={filters.countryId} choices={countries} />
      <Select name="leverancier" label="Leverancier" value={filters.vendorId} choices={vendors} />
      <Select name="maatregel" label="Maatregel" value={filters.measure} choices={options(measureLabels)} />
      <Select name="bron" label="Bron" value={filters.source} choices={options(sourceLabels)} />
      <Select name="sorteer" label="Sorteren op" value={filters.sort} choices={[
        { value: "naam", label: "Naam" }, { value: "leverancier", label: "Leverancier" }, { value: "land", label: "Land" }, { value: "gewijzigd", label: "Laatst gewijzigd" },
      ]} />
      <div className="flex gap-3">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">Toon apps</button>
        <a href="?" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--subtle">Wis filters</a>
      </div>
    </form>
  );
}
