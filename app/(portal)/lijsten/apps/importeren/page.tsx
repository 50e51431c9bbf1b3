import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listsCrumbs } from "../../crumbs";
import { ColumnExplanation } from "./_components/column-explanation";
import { ImportForm } from "./_components/import-form";

export const metadata: Metadata = { title: "Apps importeren" };

export default async function ImportAppsPage() {
  await requirePermission("lists.edit");
  return (
    <>
      <PageHeader
        title="Apps importeren"
        crumbs={[...listsCrumbs, { href: "/lijsten/apps", label: "Apps" }]}
        intro="Zet veel apps tegelijk in het concept van de applijst met een CSV-bestand. U ziet eerst wat er verandert. Pas daarna importeert u."
      />
      <section aria-labelledby="stap-1" className="flex flex-col gap-4">
        <h2 id="stap-1" className="utrecht-heading-2">Stap 1: bestand kiezen</h2>
        <ImportForm />
      </section>
      <ColumnExplanation />
    </>
  );
}
