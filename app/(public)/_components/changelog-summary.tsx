import type { ListChangelog, SectionDiff } from "@/lib/lists/diff";
import { describeChange } from "@/components/changelog-text";

/** Names shown per kind of change; the rest is counted. A version that adds a thousand apps stays a short page. */
export const CHANGES_SHOWN = 5;

function Part({ title, items, more }: { title: string; items: React.ReactNode[]; more: number }) {
  if (items.length === 0) return null;
  return (
    <div>
      <p className="utrecht-paragraph"><strong>{title} ({items.length + more})</strong></p>
      <ul className="utrecht-unordered-list">{items}</ul>
      {more > 0 ? <p className="utrecht-paragraph">En nog {more} andere.</p> : null}
    </div>
  );
}

function Section({ title, diff }: { title: string; diff: SectionDiff }) {
  const empty = diff.added.length + diff.removed.length + diff.changed.length === 0;
  const item = (i: { id: number; label: string }) => <li key={i.id} className="utrecht-unordered-list__item">{i.label}</li>;
  return (
    <section className="flex flex-col gap-3">
      <h3 className="utrecht-heading-3">{title}</h3>
      {empty ? <p className="utrecht-paragraph">Geen wijzigingen.</p> : null}
      <Part title="Toegevoegd" items={diff.added.slice(0, CHANGES_SHOWN).map(item)} more={Math.max(0, diff.added.length - CHANGES_SHOWN)} />
      <Part title="Verwijderd" items={diff.removed.slice(0, CHANGES_SHOWN).map(item)} more={Math.max(0, diff.removed.length - CHANGES_SHOWN)} />
      <Part
        title="Gewijzigd"
        items={diff.changed.slice(0, CHANGES_SHOWN).map((i) => (
          <li key={i.id} className="utrecht-unordered-list__item">
            {i.label}
            <ul className="utrecht-unordered-list">{i.changes.map((c) => <li key={c.field} className="utrecht-unordered-list__item">{describeChange(c)}</li>)}</ul>
          </li>
        ))}
        more={Math.max(0, diff.changed.length - CHANGES_SHOWN)}
      />
    </section>
  );
}

/**
 * The changes of a version as components/changelog.tsx shows them, but at most five names per kind of change;
 * the whole changelog is in the open data (the version in the API).
 */
export function ChangelogSummary({ changelog, versionNumber }: { changelog: ListChangelog; versionNumber: number }) {
  const sections = [changelog.apps, changelog.countries];
  const cut = sections.some((d) => d.added.length > CHANGES_SHOWN || d.removed.length > CHANGES_SHOWN || d.changed.length > CHANGES_SHOWN);
  return (
    <>
      <div className="grid gap-8 md:grid-cols-2">
        <Section title="Apps" diff={changelog.apps} />
        <Section title="Landen" diff={changelog.countries} />
      </div>
      {cut ? (
        <p className="utrecht-paragraph mt-4">
          Alle wijzigingen staan in de open data: <a className="utrecht-link" href={`/api/v1/lijstversies/${versionNumber}`}>lijstversie {versionNumber} in de API</a> (JSON).
        </p>
      ) : null}
    </>
  );
}
