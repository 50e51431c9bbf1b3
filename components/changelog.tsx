import type { FieldChange, ListChangelog, SectionDiff } from "@/lib/lists/diff";
import { measureLabels, sourceLabels } from "@/lib/labels";

const fieldLabels: Record<string, string> = {
  name: "naam", vendorName: "leverancier", countryCode: "land", category: "categorie", measure: "maatregel", source: "bron",
  iosBundleId: "iOS-bundel-ID", iosVerified: "iOS gecontroleerd", androidPackage: "Android-pakketnaam", androidVerified: "Android gecontroleerd",
  code: "landcode", basis: "grondslag", listedOn: "op de lijst sinds", nextReviewOn: "volgende beoordeling",
};

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "leeg";
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (field === "measure") return measureLabels[value as keyof typeof measureLabels] ?? String(value);
  if (field === "source") return sourceLabels[value as keyof typeof sourceLabels] ?? String(value);
  return String(value);
}

function describe(change: FieldChange) {
  return `${fieldLabels[change.field] ?? change.field}: ${show(change.field, change.before)} → ${show(change.field, change.after)}`;
}

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
                <ul className="utrecht-unordered-list">{i.changes.map((c) => <li key={c.field} className="utrecht-unordered-list__item">{describe(c)}</li>)}</ul>
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
