type Option = { value: string; label: string };

/** A GET form: the filter lives in the address, so a filtered list can be bookmarked or shared. */
export function PublicAppFilter({ search, country, countries, active }: { search?: string; country?: string; countries: Option[]; active: boolean }) {
  return (
    <form method="get" action="/#apps" role="search" aria-label="Apps zoeken" className="mb-6 grid items-end gap-4 sm:grid-cols-[2fr_1fr_auto]">
      <div className="flex flex-col gap-1">
        <label className="utrecht-form-label" htmlFor="zoek">Zoek een app</label>
        <span id="zoek-uitleg" className="utrecht-form-field-description">Op naam, leverancier, categorie, bundel-ID of pakketnaam.</span>
        <input id="zoek" name="zoek" type="search" maxLength={100} defaultValue={search} aria-describedby="zoek-uitleg"
          className="utrecht-textbox utrecht-textbox--html-input" />
      </div>
      <div className="flex flex-col gap-1">
        <label className="utrecht-form-label" htmlFor="land">Land</label>
        <select id="land" name="land" defaultValue={country ?? ""} className="utrecht-select utrecht-select--html-select">
          <option value="">Alle landen</option>
          {countries.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
        </select>
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">Zoeken</button>
        {/* A full page load on purpose: it also empties the fields, which a client-side navigation would leave filled. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        {active ? <a href="/#apps" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--subtle">Wis zoekopdracht</a> : null}
      </div>
    </form>
  );
}
