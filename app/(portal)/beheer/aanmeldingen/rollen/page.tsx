import type { Metadata } from "next";
import { getDb } from "@/db";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { oidcConfig } from "@/lib/auth/oidc/config";
import { listRoleMappings } from "@/lib/auth/oidc/registrations";
import { roleLabels } from "@/lib/labels";
import { AddRoleMappingForm, RemoveRoleMappingForm } from "../_components/role-mapping-forms";
import { approvableRoles } from "../schemas";

export const metadata: Metadata = { title: "Rollen voorstellen" };

export default async function RoleMappingsPage() {
  await requirePermission("users.manage");
  const mappings = await listRoleMappings(getDb());
  const claimName = oidcConfig()?.rolesClaim ?? "roles";
  return (
    <>
      <PageHeader
        title="Rollen voorstellen"
        crumbs={[{ href: "/beheer/gebruikers", label: "Gebruikers" }, { href: "/beheer/aanmeldingen", label: "Aanmeldingen" }]}
        intro="Heeft iemand bij de organisatie een bepaalde app-rol of groep, dan stelt het portaal bij de eerste inlog deze rol voor. U beslist zelf bij het goedkeuren van de aanmelding. Een koppeling geeft nooit vanzelf toegang."
      />
      <section aria-labelledby="koppelingen" className="mb-10">
        <h2 id="koppelingen" className="utrecht-heading-2 mb-4">Koppelingen</h2>
        {mappings.length === 0 ? (
          <p className="utrecht-paragraph">Er zijn nog geen koppelingen.</p>
        ) : (
          <DataTable caption="Koppelingen van app-rollen en groepen aan voorgestelde rollen" captionHidden columns={["App-rol of groep", "Voorgestelde rol", "Actie"]}>
            {mappings.map((m) => (
              <tr key={m.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">{m.claimValue}</th>
                <td className="utrecht-table__cell">{roleLabels[m.role]}</td>
                <td className="utrecht-table__cell"><RemoveRoleMappingForm id={m.id} label={`${m.claimValue} naar ${roleLabels[m.role]}`} /></td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <section aria-labelledby="toevoegen" className="flex flex-col gap-4">
        <h2 id="toevoegen" className="utrecht-heading-2">Koppeling toevoegen</h2>
        <AddRoleMappingForm claimName={claimName} roleOptions={approvableRoles.map((r) => ({ value: r, label: roleLabels[r] }))} />
      </section>
    </>
  );
}
