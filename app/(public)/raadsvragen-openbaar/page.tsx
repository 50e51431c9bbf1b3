import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db";
import { listCouncilQuestions } from "@/db/queries/council-questions";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { formatDate, todayIso } from "@/lib/dates";

export const metadata: Metadata = { title: "Raadsvragen en antwoorden" };

/** Answered raadsvragen for anyone: only those whose answer letter is published. */
export default async function PublicCouncilQuestionsPage() {
  await connection();
  const questions = await listCouncilQuestions(getDb(), { includeOpen: false, today: todayIso() });
  return (
    <>
      <PageHeader title="Raadsvragen en antwoorden" crumbs={[{ href: "/", label: "Huidige lijst" }]} crumbLabel="Raadsvragen"
        intro="Raadsleden stellen het college schriftelijke vragen, bijvoorbeeld over apps op telefoons van de gemeente. Hier leest u de vragen en de antwoorden van het college." />
      {questions.length === 0 ? (
        <p className="utrecht-paragraph">Er zijn nog geen beantwoorde raadsvragen.</p>
      ) : (
        <DataTable caption={questions.length === 1 ? "1 beantwoorde raadsvraag" : `${questions.length} beantwoorde raadsvragen`} columns={["Onderwerp", "Indiener en fractie", "Ontvangen", "Beantwoord"]}>
          {questions.map((q) => (
            <tr key={q.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                <Link className="utrecht-link" href={`/raadsvragen-openbaar/${q.id}`}>{q.subject}</Link>
                <span className="block font-normal">Kenmerk {q.reference}</span>
              </th>
              <td className="utrecht-table__cell">{q.submitters.join(", ")}<span className="block">{q.faction}</span></td>
              <td className="utrecht-table__cell">{formatDate(q.receivedOn)}</td>
              <td className="utrecht-table__cell">{formatDate(q.answerPublishedAt)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
