import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { NewDecisionForm } from "../_components/decision-form";

export const metadata: Metadata = { title: "Besluit registreren" };

export default async function NewDecisionPage() {
  await requirePermission("decisions.manage");
  return (
    <>
      <PageHeader title="Besluit registreren" crumbs={[{ href: "/besluiten", label: "Collegebesluiten" }]}
        intro="Neem de gegevens over uit het besluit van het college. Na het registreren is het een concept: u kunt bijlagen toevoegen en de mijlpalen aanvullen, en het daarna publiceren." />
      <NewDecisionForm />
    </>
  );
}
