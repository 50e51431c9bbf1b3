import Link from "next/link";
import type { PolicyVersion } from "@/db/queries/policy-audience";
import { formatDate } from "@/lib/dates";
import { audienceWords, ladderSteps, stricterGroupWords } from "../describe";

type Details = PolicyVersion & { listVersionNumber: number };

/** The facts of a version (draft or published) as a description list: what it refers to, who, when, reminders. */
export function PolicyDetails({ version, departmentName, audienceCount }: { version: Details; departmentName: (id: number) => string; audienceCount?: number }) {
  const rows: [string, React.ReactNode][] = [
    ["Lijstversie", <Link key="l" className="utrecht-link" href={`/lijsten/versies/${version.listVersionNumber}`}>Versie {version.listVersionNumber} van de lijst</Link>],
    ["Gaat in op", formatDate(version.effectiveOn)],
    ["Kennisnemen vóór", formatDate(version.acknowledgeBy)],
    ["Nieuwe medewerkers", `krijgen ${version.newJoinerDays} ${version.newJoinerDays === 1 ? "dag" : "dagen"} vanaf hun eerste dag`],
    ["Voor wie", audienceWords(version, departmentName)],
  ];
  if (audienceCount !== undefined) rows.push(["Aantal personen", `${audienceCount} ${audienceCount === 1 ? "persoon krijgt" : "personen krijgen"} de vraag om kennis te nemen`]);
  rows.push(["Strengere maatregel", version.stricterMeasure ? `${version.stricterMeasure} Geldt voor: ${stricterGroupWords(version.stricterRiskGroups)}.` : "Geen"]);
  const steps = ladderSteps(version.reminderLadder);
  rows.push(["Herinneringen per e-mail", steps.length ? <ul key="s" className="utrecht-unordered-list">{steps.map((s) => <li key={s} className="utrecht-unordered-list__item">{s}</li>)}</ul> : "Geen"]);
  return (
    <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[14rem_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="utrecht-paragraph font-bold">{term}</dt>
          <dd className="utrecht-paragraph">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
