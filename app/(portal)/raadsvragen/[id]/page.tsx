import type { Metadata } from "next";
import { CrossReferences } from "@/app/(portal)/verwijzingen/_components/cross-references";
import { ButtonLink } from "@/components/button-link";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { originalDueOn, questionState } from "@/lib/council-questions/answer-term";
import { formatDate, formatDateTime, todayIso } from "@/lib/dates";
import { countOf } from "@/lib/plural";
import { DelayForm } from "../_components/delay-form";
import { QuestionLetter } from "../_components/question-letter";
import { StateLabel } from "../_components/state-label";
import { loadQuestionPage } from "./load";
import { DataListItem } from "@/components/data-list-item";

export const metadata: Metadata = { title: "Raadsvraag" };

export default async function CouncilQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const { viewer, question: q } = await loadQuestionPage(params, "questions.view");
  const today = todayIso();
  const state = questionState(q.dueOn, q.answerPublishedAt, today);
  const isOpen = !q.answerPublishedAt;
  const isGriffie = can(viewer.roles, "questions.register");
  const missing = q.items.filter((i) => !i.answer).length;

  return (
    <>
      <PageHeader title={`Raadsvraag ${q.reference}`} crumbs={[{ href: "/overzicht", label: "Overzicht" }, { href: "/raadsvragen", label: "Raadsvragen" }]} intro={q.subject}>
        {isOpen && can(viewer.roles, "questions.answer") ? <ButtonLink href={`/raadsvragen/${q.id}/antwoorden`} variant="primary">Antwoorden opstellen</ButtonLink> : null}
        {isOpen && isGriffie ? <ButtonLink href={`/raadsvragen/${q.id}/publiceren`} variant="primary">Antwoordbrief publiceren</ButtonLink> : null}
        {isOpen && isGriffie ? <ButtonLink href={`/raadsvragen/${q.id}/bewerken`}>Gegevens wijzigen</ButtonLink> : null}
      </PageHeader>

      <dl className="utrecht-data-list mb-10 max-w-3xl">
        <DataListItem label="Stand">
          {isOpen ? <StateLabel state={state} dueOn={q.dueOn} today={today} /> : <span><strong>Beantwoord</strong>: antwoordbrief van {formatDate(q.answerLetterDate)}, gepubliceerd {formatDateTime(q.answerPublishedAt)}</span>}
        </DataListItem>
        {isOpen ? <DataListItem label="Uiterste datum antwoord">{formatDate(q.dueOn)}{q.delays.length ? " (na uitstel)" : ""}</DataListItem> : null}
        <DataListItem label="Termijn">{countOf(q.answerTermDays, "dag", "dagen")} na ontvangst: {formatDate(originalDueOn(q.receivedOn, q.answerTermDays))}</DataListItem>
        <DataListItem label={q.submitters.length === 1 ? "Indiener" : "Indieners"}>{q.submitters.join(", ")}</DataListItem>
        <DataListItem label="Fractie">{q.faction}</DataListItem>
        <DataListItem label="Soort vragen">{q.questionType}</DataListItem>
        <DataListItem label="Ontvangen op">{formatDate(q.receivedOn)}</DataListItem>
        <DataListItem label="Reglement van Orde">{q.rulesArticle}</DataListItem>
        {isOpen ? <DataListItem label="Antwoorden">{missing === 0 ? "Alle vragen hebben een antwoord." : `${countOf(missing, "vraag heeft", "vragen hebben")} nog geen antwoord.`}</DataListItem> : null}
      </dl>

      <div className="mb-10">
        <QuestionLetter letter={q} />
      </div>

      <section aria-labelledby="uitstel" className="mb-10 flex max-w-3xl flex-col gap-4">
        <h2 id="uitstel" className="utrecht-heading-2">Uitstelberichten</h2>
        {q.delays.length === 0 ? (
          <p className="utrecht-paragraph">Er is geen uitstelbericht gestuurd.</p>
        ) : (
          <ul className="utrecht-unordered-list">
            {q.delays.map((d) => (
              <li key={d.id} className="utrecht-unordered-list__item">
                {formatDate(d.noticeOn)}: nieuwe uiterste datum {formatDate(d.newDueOn)}. {d.reason}
              </li>
            ))}
          </ul>
        )}
        {isOpen && isGriffie ? (
          <>
            <h3 className="utrecht-heading-3">Uitstelbericht vastleggen</h3>
            <DelayForm id={q.id} today={today} currentDue={formatDate(q.dueOn)} />
          </>
        ) : null}
      </section>

      <CrossReferences kind="council_question" id={q.id} viewer={viewer} />
    </>
  );
}
