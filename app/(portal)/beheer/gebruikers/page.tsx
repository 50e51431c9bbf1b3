import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { roles, type Role } from "@/db/schema/enums";
import { listUsers, type UserStatus } from "@/db/queries/users";
import { countPendingRequests } from "@/db/queries/role-changes";
import { ButtonLink } from "@/components/button-link";
import { PageHeader } from "@/components/page-header";
import { formatDateTime } from "@/lib/dates";
import { riskGroupLabels, roleLabels } from "@/lib/labels";
import { requirePermission } from "@/lib/auth/session";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "Gebruikers" };

const statusParams: Record<string, UserStatus> = { actief: "active", gedeactiveerd: "deactivated" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ rol?: string; status?: string }> }) {
  await requirePermission("users.manage");
  const params = await searchParams;
  const role = roles.includes(params.rol as Role) ? (params.rol as Role) : undefined;
  const status = params.status && Object.hasOwn(statusParams, params.status) ? statusParams[params.status] : undefined;
  const [rows, pendingRequests] = await Promise.all([listUsers(getDb(), { role, status }), countPendingRequests(getDb())]);
  const filtered = Boolean(role || status);

  return (
    <>
      <PageHeader title="Gebruikers" crumbs={[{ href: "/overzicht", label: "Overzicht" }]} intro="Iedereen die kan inloggen op het portaal, met rollen, afdeling en risicogroep.">
        <ButtonLink href="/beheer/gebruikers/nieuw" variant="primary">Gebruiker toevoegen</ButtonLink>
      </PageHeader>

      <p className="utrecht-paragraph mb-6">
        <Link className="utrecht-link" href="/beheer/goedkeuringen">Goedkeuringen</Link>
        {pendingRequests === 0 ? ": er staan geen aanvragen open." : pendingRequests === 1 ? ": 1 aanvraag wacht op een besluit." : `: ${pendingRequests} aanvragen wachten op een besluit.`}
      </p>

      <form method="get" className="mb-6 flex flex-wrap items-end gap-4" aria-label="Gebruikers filteren">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="filter-rol">Rol</label>
          <select id="filter-rol" name="rol" defaultValue={role ?? ""} className="utrecht-select utrecht-select--html-select">
            <option value="">Alle rollen</option>
            {roles.map((r) => <option key={r} value={r}>{roleLabels[r]}</option>)}
          </select>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="filter-status">Status</label>
          <select id="filter-status" name="status" defaultValue={params.status && status ? params.status : ""} className="utrecht-select utrecht-select--html-select">
            <option value="">Alle accounts</option>
            <option value="actief">Actief</option>
            <option value="gedeactiveerd">Gedeactiveerd</option>
          </select>
        </div>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">Filteren</button>
        {filtered ? <Link className="utrecht-link" href="/beheer/gebruikers">Filter wissen</Link> : null}
      </form>

      <p className="utrecht-paragraph mb-4">
        {rows.length === 1 ? "1 gebruiker" : `${rows.length} gebruikers`}
        {filtered ? " gevonden met dit filter" : ""}.
      </p>

      {rows.length > 0 ? (
        <DataTable caption="Gebruikers van het portaal" captionHidden columns={["Naam", "E-mailadres", "Rollen", "Afdeling", "Risicogroep", "Status", "Laatst ingelogd"]}>
              {rows.map((u) => (
                <tr key={u.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    <Link className="utrecht-link whitespace-nowrap" href={`/beheer/gebruikers/${u.id}`}>{u.name}</Link>
                  </th>
                  <td className="utrecht-table__cell">{u.email}</td>
                  <td className="utrecht-table__cell">{u.roles.map((r) => roleLabels[r]).join(", ") || "Geen"}</td>
                  <td className="utrecht-table__cell">{u.departmentName ?? "–"}</td>
                  <td className="utrecht-table__cell">{riskGroupLabels[u.riskGroup]}</td>
                  <td className="utrecht-table__cell">
                    {u.active ? "Actief" : "Gedeactiveerd"}
                    {u.active && !u.hasPassword ? <span className="block">Nog geen wachtwoord</span> : null}
                  </td>
                  <td className="utrecht-table__cell">{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : "Nog nooit"}</td>
                </tr>
              ))}
            </DataTable>
      ) : (
        <p className="utrecht-paragraph">Er zijn geen gebruikers die bij dit filter passen.</p>
      )}
    </>
  );
}
