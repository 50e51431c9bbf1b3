import Link from "next/link";
import { auditActionLabel, auditObjectTypeLabel } from "@/lib/audit/labels";
import { auditResultLabels } from "@/lib/labels";
import type { AuditFilters } from "@/lib/audit/filters";

type Props = { filters: AuditFilters; actions: string[]; objectTypes: string[]; errors: string[] };

// A value from the address that no longer occurs still shows as chosen, so the form matches the list.
const byLabel = (codes: string[], current: string | undefined, label: (code: string) => string) =>
  [...new Set([...codes, ...(current ? [current] : [])])]
    .map((value) => ({ value, label: label(value) })).sort((a, b) => a.label.localeCompare(b.label, "nl"));

const resultOptions = [
  { value: "gelukt", result: "success" },
  { value: "geweigerd", result: "denied" },
  { value: "mislukt", result: "failure" },
] as const;

/** A plain GET form: the filters end up in the address, so a view can be shared and reloaded. */
export function AuditFilterForm({ filters, actions, objectTypes, errors }: Props) {
  const currentResult = resultOptions.find((o) => o.result === filters.result)?.value ?? "";
  return (
    <form method="get" action="/auditlog" className="flex flex-col gap-4" aria-labelledby="filters-titel">
      <h2 id="filters-titel" className="utrecht-heading-2">Filteren</h2>
      {errors.length > 0 ? (
        <div className="utrecht-alert utrecht-alert--warning">
          <ul className="utrecht-unordered-list">
            {errors.map((error) => (
              <li key={error} className="utrecht-unordered-list__item">{error}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Field id="filter-van" label="Van">
          <input id="filter-van" name="van" type="date" defaultValue={filters.from} className="utrecht-textbox utrecht-textbox--html-input" />
        </Field>
        <Field id="filter-tot" label="Tot en met">
          <input id="filter-tot" name="tot" type="date" defaultValue={filters.to} className="utrecht-textbox utrecht-textbox--html-input" />
        </Field>
        <Field id="filter-wie" label="Wie" description="Naam of e-mailadres, of een deel daarvan.">
          <input id="filter-wie" name="wie" type="search" defaultValue={filters.actor} aria-describedby="filter-wie-uitleg"
            className="utrecht-textbox utrecht-textbox--html-input" />
        </Field>
        <Field id="filter-handeling" label="Handeling">
          <Select id="filter-handeling" name="handeling" value={filters.action} empty="Alle handelingen" options={byLabel(actions, filters.action, auditActionLabel)} />
        </Field>
        <Field id="filter-object" label="Soort object">
          <Select id="filter-object" name="object" value={filters.objectType} empty="Alle soorten" options={byLabel(objectTypes, filters.objectType, auditObjectTypeLabel)} />
        </Field>
        <Field id="filter-resultaat" label="Resultaat">
          <Select id="filter-resultaat" name="resultaat" value={currentResult} empty="Alle resultaten"
            options={resultOptions.map((o) => ({ value: o.value, label: auditResultLabels[o.result] }))} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">Filteren</button>
        <Link href="/auditlog" className="utrecht-link">Alle filters wissen</Link>
      </div>
    </form>
  );
}

function Field({ id, label, description, children }: { id: string; label: string; description?: string; children: React.ReactNode }) {
  return (
    <div className="utrecht-form-field utrecht-form-field--text">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>{label}</label>
      </div>
      {description ? <div id={`${id}-uitleg`} className="utrecht-form-field-description utrecht-form-field__description">{description}</div> : null}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

function Select({ id, name, value, empty, options }: { id: string; name: string; value?: string; empty: string; options: { value: string; label: string }[] }) {
  return (
    <select id={id} name={name} defaultValue={value ?? ""} className="utrecht-select utrecht-select--html-select">
      <option value="">{empty}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>{o.label}</option>
      ))}
    </select>
  );
}
