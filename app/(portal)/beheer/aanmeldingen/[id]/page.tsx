import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { listDepartmentOptions } from "@/db/queries/departments";
import { DataListItem } from "@/components/data-list-item";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getPendingRegistration } from "@/lib/auth/oidc/registrations";
import { formatDateTime } from "@/lib/dates";
import { roleLabels } from "@/lib/labels";
import { roleList } from "@/lib/users/request-labels";
import { RegistrationForms } from "../_components/registration-forms";
import { approvableRoles } from "../schemas";

export const metadata: Metadata = { title: "Aanmelding" };

export default async function RegistrationPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("users.manage");
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const db = getDb();
  const registration = await getPendingRegistration(db, id.data);
  if (!registration) notFound();
  const departmentOptions = await listDepartmentOptions(db);
  const proposed = (registration.proposedRoles ?? []).filter((r) => approvableRoles.includes(r as never));
  return (
    <>
      <PageHeader title={`Aanmelding van ${registration.name}`} crumbs={[{ href: "/beheer/gebruikers", label: "Gebruikers" }, { href: "/beheer/aanmeldingen", label: "Aanmeldingen" }]} />
      <dl className="utrecht-data-list mb-10 max-w-3xl">
        <DataListItem label="Naam">{registration.name}</DataListItem>
        <DataListItem label="E-mailadres bij de organisatie">{registration.providerEmail ?? registration.email}</DataListItem>
        <DataListItem label="Aangemeld op">{formatDateTime(registration.since)}</DataListItem>
        <DataListItem label="Laatst geprobeerd in te loggen">{formatDateTime(registration.lastLoginAt)}</DataListItem>
        <DataListItem label="Voorgestelde rollen">{roleList(registration.proposedRoles)}</DataListItem>
      </dl>
      <RegistrationForms
        id={registration.id}
        name={registration.name}
        roleOptions={approvableRoles.map((r) => ({ value: r, label: roleLabels[r] }))}
        proposedRoles={proposed}
        departmentOptions={departmentOptions}
      />
    </>
  );
}
