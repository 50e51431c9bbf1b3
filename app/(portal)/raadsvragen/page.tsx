import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { countCouncilQuestionsByState, listCouncilQuestions, type CouncilQuestionSummary } from "@/db/queries/council-questions";
import { ButtonLink } from "@/components/button-link";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import type { CouncilQuestionState } from "@/lib/council-questions/answer-term";
import { formatDate, todayIso } from "@/lib/dates";
import { textParam, type SearchParams } from "@/lib/params";
import { StateLabel } from "./_components/state-label";

export const metadata: Metadata = { title: "Raadsvragen" };

// The filter in the address is Dutch; "alle" shows every raadsvraag.
const filters = [
  { slug: "alle", label: "Alle", state: null },
  { slug: "te-laat", label: "Te laat", state: "overdue" },
  { slug: "binnenkort", label: "Binnenkort", state: "due_soon" },
  { slug: "open", label: "Open", state: "open" },
  { slug: "beantwoord", label: "Beantwoord", state: "answered" },
] as const satisfies readonly { slug: string; label: string; state: CouncilQuestionState | null }[];

export default async function CouncilQuestionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission("questions.view");
  const today = todayIso();
  const db = getDb();
  const worksOnThem = can(viewer.roles, "questions.view_open");
  const crumbs = [{ href: "/overzicht", label: "Overzicht" }];

  if (!worksOnThem) {
    const answered = await listCouncilQuestions(db, { includeOpen: false, today });
    return (
      <>
        <PageHeader title="Raadsvragen" crumbs={crumbs} intro="Schriftelijke vragen van raadsleden aan het college, met de antwoorden. U ziet hier de vragen waarop het antwoord is gepubliceerd." />
        <QuestionTable rows={answered} today={today} caption="Beantwoorde raadsvragen" empty="Er zijn nog geen beantwoorde raadsvragen." />
      </>
    );
  }

  const slug = textParam((await searchParams).stand, 20);
  const chosen = filters.find((f) => f.slug === slug) ?? filters[0];
  const [all, counts] = await Promise.all([listCouncilQuestions(db, { includeOpen: true, today }), countCouncilQuestionsByState(db, today)]);
  const rows = chosen.state ? all.filter((q) => q.state === chosen.state) : all;
  const countFor = (f: (typeof filters)[number]) => (f.state ? counts[f.state] : all.length);

  return (
    <>
      <PageHeader title="Raadsvragen" crumbs={crumbs}
        intro="Alle schriftelijke vragen van de raad, de eerstvolgende uiterste datum bovenaan. Binnenkort betekent: de termijn loopt binnen 7 dagen af.">
        {can(viewer.roles, "questions.register") ? <ButtonLink href="/raadsvragen/nieuw" variant="primary">Raadsvraag registreren</ButtonLink> : null}
      </PageHeader>
      <nav aria-label="Filter op stand" className="mb-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {filters.map((f) => (
            <li key={f.slug}>
              <Link className="utrecht-link" href={f.slug === "alle" ? "/raadsvragen" : `/raadsvragen?stand=${f.slug}`} aria-current={f === chosen ? "page" : undefined}>
                {f === chosen ? <strong>{f.label} ({countFor(f)})</strong> : `${f.label} (${countFor(f)})`}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <QuestionTable rows={rows} today={today} caption={`Raadsvragen: ${chosen.label.toLowerCase()} (${rows.length})`} empty="Er zijn geen raadsvragen in deze groep." />
    </>
  );
}

function QuestionTable({ rows, today, caption, empty }: { rows: CouncilQuestionSummary[]; today: string; caption: string; empty: string }) {
  if (rows.length === 0) return <p className="utrecht-paragraph">{empty}</p>;
  return (
    <DataTable caption={caption} columns={["Kenmerk en onderwerp", "Indiener en fractie", "Ontvangen", "Uiterste datum", "Stand"]}>
      {rows.map((q) => (
        <tr key={q.id} className="utrecht-table__row">
          <th scope="row" className="utrecht-table__header-cell">
            <Link className="utrecht-link" href={`/raadsvragen/${q.id}`}>{q.reference}</Link>
            <span className="block font-normal">{q.subject}</span>
          </th>
          <td className="utrecht-table__cell">{q.submitters.join(", ")}<span className="block">{q.faction}</span></td>
          <td className="utrecht-table__cell">{formatDate(q.receivedOn)}</td>
          <td className="utrecht-table__cell">{formatDate(q.dueOn)}</td>
          <td className="utrecht-table__cell">
            {q.state === "answered" ? <span><strong>Beantwoord</strong> op {formatDate(q.answerPublishedAt)}</span> : <StateLabel state={q.state} dueOn={q.dueOn} today={today} />}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
