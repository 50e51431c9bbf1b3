import type { Metadata } from "next";
import { getOrganisation } from "@/db/queries/organisation";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { countOf } from "@/lib/plural";
import { todayIso } from "@/lib/dates";
import { registerQuestionAction } from "../actions";
import { QuestionForm } from "../_components/question-form";

export const metadata: Metadata = { title: "Raadsvraag registreren" };

export default async function NewCouncilQuestionPage() {
  await requirePermission("questions.register");
  const { councilAnswerTermDays } = await getOrganisation();
  return (
    <>
      <PageHeader title="Raadsvraag registreren" crumbs={[{ href: "/overzicht", label: "Overzicht" }, { href: "/raadsvragen", label: "Raadsvragen" }]}
        intro="Neem de schriftelijke vragen over zoals de raad ze indiende. Daarna stelt de CISO de antwoorden op en publiceert u de antwoordbrief." />
      <QuestionForm action={registerQuestionAction} submitLabel="Raadsvraag registreren"
        termNote={`Het college heeft ${countOf(councilAnswerTermDays, "dag", "dagen")} voor het antwoord, gerekend vanaf deze datum (instelling van de organisatie).`}
        values={{ reference: "", subject: "", submitters: "", faction: "", questionType: "schriftelijke vragen", receivedOn: todayIso(), rulesArticle: "", introduction: "", questions: "" }} />
    </>
  );
}
