import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getDepartment } from "@/db/queries/departments";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton, TextField } from "@/components/form/fields";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { recordTitle } from "@/lib/page-title";
import { deactivateDepartmentAction, reactivateDepartmentAction, renameDepartmentAction } from "../actions";
import { parseRecordId } from "@/lib/params";

export const generateMetadata = async ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> =>
  recordTitle("organisation.manage", { general: "Afdeling", notFound: "Afdeling niet gevonden" }, async () => {
    const id = parseRecordId((await params).id);
    return id ? (await getDepartment(getDb(), id))?.name : null;
  });

export default async function DepartmentPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("organisation.manage");
  const id = parseRecordId((await params).id);
  if (!id) notFound();
  const department = await getDepartment(getDb(), id);
  if (!department) notFound();
  const hiddenId = <input type="hidden" name="id" value={department.id} />;

  return (
    <>
      <PageHeader
        title={`Afdeling ${department.name}`}
        crumbs={[{ href: "/beheer/organisatie", label: "Organisatie" }]}
        intro={department.active ? "Deze afdeling is te kiezen bij gebruikers." : "Deze afdeling is niet meer te kiezen bij gebruikers."}
      />

      <section aria-labelledby="naam" className="mb-12">
        <h2 id="naam" className="utrecht-heading-2 mb-4">Naam wijzigen</h2>
        <ActionForm action={renameDepartmentAction}>
          {hiddenId}
          <TextField name="name" label="Naam van de afdeling" required defaultValue={department.name} />
          <SubmitButton>Naam opslaan</SubmitButton>
        </ActionForm>
      </section>

      <section aria-labelledby="gebruik">
        <h2 id="gebruik" className="utrecht-heading-2 mb-4">{department.active ? "Afdeling niet meer gebruiken" : "Afdeling weer gebruiken"}</h2>
        <p className="utrecht-paragraph mb-4 max-w-2xl">
          {department.active
            ? "Bestaat de afdeling niet meer? Dan is ze daarna niet meer te kiezen. Gebruikers die er nu bij horen, houden haar tot u hen een andere afdeling geeft. De afdeling wordt niet verwijderd, zodat oude gegevens kloppen."
            : "Daarna is de afdeling weer te kiezen bij gebruikers."}
        </p>
        <ActionForm action={department.active ? deactivateDepartmentAction : reactivateDepartmentAction}>
          {hiddenId}
          <SubmitButton variant="secondary">{department.active ? "Niet meer gebruiken" : "Weer gebruiken"}</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
