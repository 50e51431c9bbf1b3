import type { ListChangelog, SectionDiff } from "@/lib/lists/diff";
import { describeChange } from "./changelog-text";

function Section({ title, diff, headingLevel }: { title: string; diff: SectionDiff; headingLevel: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const empty = diff.added.length + diff.removed.length + diff.changed.length === 0;
  return (
    <section className="flex flex-col gap-3">
      <Heading className={`utrecht-heading-${headingLevel}`}>{title}</Heading>
      {empty ? <p className="utrecht-paragraph">Geen wijzigingen.</p> : null}
      {diff.added.length > 0 ? (
        <div>
          <p className="utrecht-paragraph"><strong>Toegevoegd ({diff.added.length})</strong></p>
          <ul className="utrecht-unordered-list">{diff.added.map((i) => <li key={i.id} className="utrecht-unordered-list__item">{i.label}</li>)}</ul>
        </div>
      ) : null}
      {diff.removed.length > 0 ? (
        <div>
          <p className="utrecht-paragraph"><strong>Verwijderd ({diff.removed.length})</strong></p>
          <ul className="utrecht-unordered-list">{diff.removed.map((i) => <li key={i.id} className="utrecht-unordered-list__item">{i.label}</li>)}</ul>
        </div>
      ) : null}
      {diff.changed.length > 0 ? (
        <div>
          <p className="utrecht-paragraph"><strong>Gewijzigd ({diff.changed.length})</strong></p>
          <ul className="utrecht-unordered-list">
            {diff.changed.map((i) => (
              <li key={i.id} className="utrecht-unordered-list__item">
                {i.label}
                <ul className="utrecht-unordered-list">{i.changes.map((c) => <li key={c.field} className="utrecht-unordered-list__item">{describeChange(c)}</li>)}</ul>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** A changelog as a reader sees it: per section, what was added, removed and changed. */
export function Changelog({ changelog, headingLevel = 2 }: { changelog: ListChangelog; headingLevel?: 2 | 3 }) {
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <Section title="Apps" diff={changelog.apps} headingLevel={headingLevel} />
      <Section title="Landen" diff={changelog.countries} headingLevel={headingLevel} />
    </div>
  );
}
