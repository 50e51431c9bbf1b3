import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { daysUntil } from "@/lib/council-questions/answer-term";
import { formatDate, todayIso } from "@/lib/dates";
import { AnswersForm } from "../../_components/answers-form";
import { loadQuestionPage } from "../load";
import { AnsweredNotice } from "../answered-notice";

export const metadata: Metadata = { title: "Antwoorden opstellen" };

export default async function DraftAnswersPage({ params }: { params: Promise<{ id: string }> }) {
  const { question: q } = await loadQuestionPage(params, "questions.answer");
  const due = daysUntil(q.dueOn, todayIso()) < 0 ? `De uiterste datum was ${formatDate(q.dueOn)}: het antwoord is te laat.` : `Het antwoord moet er uiterlijk ${formatDate(q.dueOn)} zijn.`;
  const crumbs = [{ href: "/overzicht", label: "Overzicht" }, { href: "/raadsvragen", label: "Raadsvragen" }, { href: `/raadsvragen/${q.id}`, label: q.reference }];
  return (
    <>
      <PageHeader title={`Antwoorden op raadsvraag ${q.reference}`} crumbs={crumbs} crumbLabel="Antwoorden opstellen"
        intro={`${q.subject}. ${due} Opslaan bewaart uw concept; een leeg veld blijft open. De griffie publiceert de brief als alle vragen een antwoord hebben.`} />
      {q.answerPublishedAt ? <AnsweredNotice id={q.id} /> : <AnswersForm id={q.id} items={q.items} />}
    </>
  );
}
