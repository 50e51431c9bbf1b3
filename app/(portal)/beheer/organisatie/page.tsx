import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listDepartments } from "@/db/queries/departments";
import { getOrganisation } from "@/db/queries/organisation";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton, TextField } from "@/components/form/fields";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { updateOrganisationAction, updateSessionSettingsAction } from "./actions";
import { createDepartmentAction } from "./afdelingen/actions";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "Organisatie" };

export default async function OrganisationPage() {
  await requirePermission("organisation.manage");
  const [settings, departmentRows] = await Promise.all([getOrganisation(), listDepartments(getDb())]);

  return (
    <>
      <PageHeader title="Organisatie" crumbs={[{ href: "/overzicht", label: "Overzicht" }]} intro="De gegevens van de gemeente en de afdelingen waar gebruikers bij horen." />

      <section aria-labelledby="gegevens" className="mb-12">
        <h2 id="gegevens" className="utrecht-heading-2 mb-4">Gegevens van de organisatie</h2>
        <ActionForm action={updateOrganisationAction}>
          <TextField name="name" label="Naam" required defaultValue={settings.name} description="Staat boven aan elke pagina, bijvoorbeeld Gemeente Voorbeeld." />
          <TextField name="contactEmail" label="E-mailadres voor vragen" type="email" required defaultValue={settings.contactEmail}
            description="Voor vragen over het beleid. Dit adres staat op de openbare pagina." />
          <TextField name="contactPhone" label="Telefoonnummer" type="tel" defaultValue={settings.contactPhone} />
          <TextField name="websiteUrl" label="Website" type="url" defaultValue={settings.websiteUrl} description="Bijvoorbeeld https://www.voorbeeld.nl." />
          <TextField name="councilAnswerTermDays" label="Termijn voor het beantwoorden van raadsvragen (in dagen)" required inputMode="numeric"
            defaultValue={String(settings.councilAnswerTermDays)}
            description="Het Reglement van Orde noemt vaak 30 dagen. Met deze termijn berekent het portaal de uiterste datum van een antwoord." />
          <SubmitButton>Gegevens opslaan</SubmitButton>
        </ActionForm>
      </section>

      <section aria-labelledby="sessieduur" className="mb-12">
        <h2 id="sessieduur" className="utrecht-heading-2 mb-4">Sessieduur</h2>
        <ActionForm action={updateSessionSettingsAction}>
          <TextField name="sessionIdleMinutes" label="Uitloggen na zoveel minuten zonder activiteit" required inputMode="numeric"
            defaultValue={String(settings.sessionIdleMinutes)}
            description="Van 5 tot 480 minuten. Wie zo lang niets doet in het portaal, moet opnieuw inloggen." />
          <TextField name="sessionAbsoluteHours" label="Uitloggen na zoveel uur, ook bij activiteit" required inputMode="numeric"
            defaultValue={String(settings.sessionAbsoluteHours)}
            description="Van 1 tot 24 uur na het inloggen. Een lagere waarde geldt meteen, ook voor wie nu ingelogd is." />
          <SubmitButton>Sessieduur opslaan</SubmitButton>
        </ActionForm>
      </section>

      <section aria-labelledby="afdelingen">
        <h2 id="afdelingen" className="utrecht-heading-2 mb-4">Afdelingen</h2>
        {departmentRows.length > 0 ? (
          <div className="mb-8">
            <DataTable caption="Afdelingen" captionHidden columns={["Naam", "Gebruikers", "Status"]}>
                {departmentRows.map((d) => (
                  <tr key={d.id} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">
                      <Link className="utrecht-link" href={`/beheer/organisatie/afdelingen/${d.id}`}>{d.name}</Link>
                    </th>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">{d.userCount}</td>
                    <td className="utrecht-table__cell">{d.active ? "In gebruik" : "Niet meer in gebruik"}</td>
                  </tr>
                ))}
              </DataTable>
          </div>
        ) : (
          <p className="utrecht-paragraph mb-8">Er zijn nog geen afdelingen.</p>
        )}

        <h3 className="utrecht-heading-3 mb-4">Afdeling toevoegen</h3>
        <ActionForm action={createDepartmentAction} className="flex max-w-2xl flex-col gap-4">
          <TextField name="departmentName" label="Naam van de afdeling" required />
          <SubmitButton variant="secondary">Afdeling toevoegen</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
