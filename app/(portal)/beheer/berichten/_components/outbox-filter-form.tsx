import Link from "next/link";
import { outboxStatusOptions, outboxStatusParam, type OutboxFilters } from "@/lib/mail/read";

/** A plain GET form: the filters end up in the address, so a view can be shared and reloaded. */
export function OutboxFilterForm({ filters }: { filters: OutboxFilters }) {
  return (
    <form method="get" action="/beheer/berichten" className="flex flex-col gap-4" aria-labelledby="filters-titel">
      <h2 id="filters-titel" className="utrecht-heading-2">Filteren</h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="utrecht-form-field utrecht-form-field--text">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="filter-status">Status</label>
          </div>
          <div className="utrecht-form-field__input">
            <select id="filter-status" name="status" defaultValue={outboxStatusParam(filters.status)} className="utrecht-select utrecht-select--html-select">
              <option value="">Alle berichten</option>
              {outboxStatusOptions.map((o) => (
                <option key={o.value} value={o.value}>{o.label}</option>
              ))}
            </select>
          </div>
        </div>
        <div className="utrecht-form-field utrecht-form-field--text">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="filter-ontvanger">Ontvanger</label>
          </div>
          <div id="filter-ontvanger-uitleg" className="utrecht-form-field-description utrecht-form-field__description">E-mailadres, of een deel daarvan.</div>
          <div className="utrecht-form-field__input">
            <input id="filter-ontvanger" name="ontvanger" type="search" defaultValue={filters.recipient} aria-describedby="filter-ontvanger-uitleg"
              className="utrecht-textbox utrecht-textbox--html-input" />
          </div>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">Filteren</button>
        <Link href="/beheer/berichten" className="utrecht-link">Alle filters wissen</Link>
      </div>
    </form>
  );
}
