import type { Metadata } from "next";
import { getDb } from "@/db";
import { listDepartmentOptions } from "@/db/queries/departments";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton, TextField } from "@/components/form/fields";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { createUserAction } from "../actions";
import { ActivationLink, UntilSaved } from "../_components/activation-link";
import { UserFields } from "../_components/user-fields";

export const metadata: Metadata = { title: "Gebruiker toevoegen" };

export default async function NewUserPage() {
  await requirePermission("users.manage");
  const departmentOptions = await listDepartmentOptions(getDb());
  return (
    <>
      <PageHeader
        title="Gebruiker toevoegen"
        crumbs={[{ href: "/beheer/gebruikers", label: "Gebruikers" }]}
        intro="Na het opslaan krijgt u een activeringslink. Daarmee kiest de nieuwe gebruiker zelf een wachtwoord."
      />
      <ActionForm action={createUserAction}>
        <ActivationLink showUserLink />
        <UntilSaved>
          <UserFields
            departmentOptions={departmentOptions}
            afterName={
              <TextField name="email" label="E-mailadres" type="email" required autoComplete="off"
                description="Het e-mailadres bij de gemeente. Hiermee logt de gebruiker in." />
            }
          />
          <SubmitButton>Gebruiker opslaan</SubmitButton>
        </UntilSaved>
      </ActionForm>
    </>
  );
}
