import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { listNumbers } from "@/lib/council-questions/parse-questions";
import { todayIso } from "@/lib/dates";
import { PublishForm } from "../../_components/publish-form";
import { QuestionLetter } from "../../_components/question-letter";
import { loadQuestionPage } from "../load";
import { AnsweredNotice } from "../answered-notice";

export const metadata: Metadata = { title: "Antwoordbrief publiceren" };

/** The confirm step: the griffie reads the whole letter as it will be published, then signs and publishes it. */
export default async function PublishAnswerPage({ params }: { params: Promise<{ id: string }> }) {
  const { question: q } = await loadQuestionPage(params, "questions.register");
  const crumbs = [{ href: "/overzicht", label: "Overzicht" }, { href: "/raadsvragen", label: "Raadsvragen" }, { href: `/raadsvragen/${q.id}`, label: q.reference }];
  const missing = q.items.filter((i) => !i.answer).map((i) => i.number);
  return (
    <>
      <PageHeader title={`Antwoordbrief op raadsvraag ${q.reference} publiceren`} crumbs={crumbs} crumbLabel="Publiceren" intro={q.subject} />
      {q.answerPublishedAt ? <AnsweredNotice id={q.id} /> : (
        <div className="flex flex-col gap-10">
          {missing.length ? (
            <div className="utrecht-alert utrecht-alert--warning max-w-3xl" role="status">
              <p className="utrecht-paragraph">
                U kunt nog niet publiceren: {missing.length === 1 ? `vraag ${missing[0]} heeft` : `de vragen ${listNumbers(missing)} hebben`} nog geen antwoord.
                De CISO stelt de antwoorden op. <Link className="utrecht-link" href={`/raadsvragen/${q.id}`}>Terug naar de raadsvraag</Link>
              </p>
            </div>
          ) : null}
          <section aria-labelledby="controle" className="flex flex-col gap-4">
            <h2 id="controle" className="utrecht-heading-2">Controleer de brief</h2>
            <QuestionLetter letter={q} headingLevel={3} />
          </section>
          {missing.length ? null : (
            <section aria-labelledby="ondertekenen" className="flex max-w-2xl flex-col gap-4">
              <h2 id="ondertekenen" className="utrecht-heading-2">Ondertekenen en publiceren</h2>
              <PublishForm id={q.id} today={todayIso()} reference={q.reference} />
            </section>
          )}
        </div>
      )}
    </>
  );
}
