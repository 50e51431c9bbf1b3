import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { joinQuestions } from "@/lib/council-questions/parse-questions";
import { countOf } from "@/lib/plural";
import { updateQuestionAction } from "../../actions";
import { QuestionForm } from "../../_components/question-form";
import { loadQuestionPage } from "../load";
import { AnsweredNotice } from "../answered-notice";

export const metadata: Metadata = { title: "Raadsvraag wijzigen" };

export default async function EditCouncilQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const { question: q } = await loadQuestionPage(params, "questions.register");
  const crumbs = [{ href: "/overzicht", label: "Overzicht" }, { href: "/raadsvragen", label: "Raadsvragen" }, { href: `/raadsvragen/${q.id}`, label: q.reference }];
  return (
    <>
      <PageHeader title={`Raadsvraag ${q.reference} wijzigen`} crumbs={crumbs} crumbLabel="Wijzigen"
        intro="Een antwoord dat de CISO al schreef, blijft bij het nummer van de vraag. Haalt u een vraag aan het eind weg, dan verdwijnt ook het antwoord erop." />
      {q.answerPublishedAt ? <AnsweredNotice id={q.id} /> : (
        <QuestionForm action={updateQuestionAction} submitLabel="Wijzigingen opslaan"
          termNote={`De termijn van ${countOf(q.answerTermDays, "dag", "dagen")} blijft zoals bij het registreren.`}
          values={{ ...q, submitters: q.submitters.join("\n"), questions: joinQuestions(q.items.map((i) => i.question)) }} />
      )}
    </>
  );
}
