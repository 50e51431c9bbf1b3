import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db";
import { getPublishedCouncilQuestion } from "@/db/queries/council-questions";
import { PageHeader } from "@/components/page-header";
import { parseRecordId } from "@/lib/params";
import { QuestionLetter } from "@/app/(portal)/raadsvragen/_components/question-letter";

export const metadata: Metadata = { title: "Raadsvraag en antwoord" };

/** The published answer letter, for anyone. An unanswered or unknown raadsvraag is the same 404. */
export default async function PublicCouncilQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = parseRecordId((await params).id);
  const question = id ? await getPublishedCouncilQuestion(getDb(), id) : null;
  if (!question) notFound();
  return (
    <>
      <PageHeader title={question.subject} crumbs={[{ href: "/", label: "Huidige lijst" }, { href: "/raadsvragen-openbaar", label: "Raadsvragen" }]}
        crumbLabel={`Raadsvraag ${question.reference}`} intro={`Raadsvraag ${question.reference}: ${question.questionType} met het antwoord van het college.`} />
      <QuestionLetter letter={question} />
    </>
  );
}
