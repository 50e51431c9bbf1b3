import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { listDepartmentOptions } from "@/db/queries/departments";
import { getDeactivationReason, getLatestInvitation, getUser } from "@/db/queries/users";
import { getPendingRequestFor } from "@/db/queries/role-changes";
import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton, TextareaField } from "@/components/form/fields";
import { PageHeader } from "@/components/page-header";
import { formatDateTime } from "@/lib/dates";
import { requirePermission } from "@/lib/auth/session";
import { recordTitle } from "@/lib/page-title";
import { requestSummary } from "@/lib/users/request-labels";
import { councilSeatLabels } from "@/lib/labels";
import { isPrivileged } from "@/lib/users/user-rules";
import { getSecondFactor } from "@/lib/auth/second-factor/store";
import { inviteUserAction, reactivateUserAction, requestSecondFactorResetAction, updateUserAction } from "../actions";
import { ActivationLink } from "../_components/activation-link";
import { DeactivateForm } from "../_components/deactivate-form";
import { UserFields } from "../_components/user-fields";
import { DataListItem } from "@/components/data-list-item";
import { listOpenSessions } from "@/db/queries/sessions";
import { can } from "@/lib/auth/permissions";
import { EndSessionsForm } from "../_components/end-sessions-form";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const generateMetadata = async ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> =>
  recordTitle("users.manage", { general: "Gebruiker", notFound: "Gebruiker niet gevonden" }, async () => {
    const { id } = await params;
    return UUID.test(id) ? (await getUser(getDb(), id))?.name : null;
  });

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("users.manage");
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const db = getDb();
  const user = await getUser(db, id);
  if (!user) notFound();
  const mayEndSessions = can(viewer.roles, "sessions.end_any");
  const [departmentOptions, invitation, reason, pending, sessions, secondFactor] = await Promise.all([
    listDepartmentOptions(db, user.departmentId),
    getLatestInvitation(db, id),
    user.active ? null : getDeactivationReason(db, id),
    getPendingRequestFor(db, id),
    mayEndSessions && user.active ? listOpenSessions(db, id) : [],
    getSecondFactor(db, id),
  ]);
  const isSelf = viewer.id === user.id;
  const privileged = isPrivileged(user.roles);
  const hiddenId = <input type="hidden" name="id" value={user.id} />;

  return (
    <>
      <PageHeader title={user.name} crumbs={[{ href: "/beheer/gebruikers", label: "Gebruikers" }]} />

      <dl className="utrecht-data-list mb-10 max-w-3xl">
        <DataListItem label="E-mailadres">{user.email}</DataListItem>
        <DataListItem label="Status">{user.active ? "Actief" : `Gedeactiveerd op ${formatDateTime(user.deactivatedAt)}`}</DataListItem>
        {!user.active && reason ? <DataListItem label="Reden van deactiveren">{reason}</DataListItem> : null}
        <DataListItem label="Raad of college">{user.councilSeat ? councilSeatLabels[user.councilSeat] : "Geen"}</DataListItem>
        <DataListItem label="Telefoon of tablet van de gemeente">{user.hasMunicipalDevice ? "Ja" : "Nee"}</DataListItem>
        <DataListItem label="Wachtwoord">{user.hasPassword ? "Ingesteld" : "Nog niet ingesteld"}</DataListItem>
        <DataListItem label="Laatst ingelogd">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "Nog nooit"}</DataListItem>
        <DataListItem label="Laatste activeringslink">{invitationStatus(invitation)}</DataListItem>
      </dl>

      {pending ? (
        <section aria-labelledby="aanvraag" className="portal-notice mb-10 flex max-w-3xl flex-col gap-2">
          <h2 id="aanvraag" className="utrecht-heading-3">Er staat een aanvraag open</h2>
          <p className="utrecht-paragraph">
            {requestSummary(pending)}. Aangevraagd door {pending.requestedByName} op {formatDateTime(pending.requestedAt)}.
            Dit gaat pas door als een andere beheerder het goedkeurt.
          </p>
          <p className="utrecht-paragraph"><Link className="utrecht-link" href={`/beheer/goedkeuringen/${pending.id}`}>Bekijk de aanvraag</Link></p>
        </section>
      ) : null}

      <section aria-labelledby="gegevens" className="mb-12">
        <h2 id="gegevens" className="utrecht-heading-2 mb-4">Gegevens en rollen</h2>
        <ActionForm action={updateUserAction}>
          {hiddenId}
          <UserFields departmentOptions={departmentOptions} defaults={{ ...user, roles: user.roles }} ownAccount={isSelf} />
          <SubmitButton>Wijzigingen opslaan</SubmitButton>
        </ActionForm>
      </section>

      {user.active ? (
        <section aria-labelledby="activeringslink" className="mb-12">
          <h2 id="activeringslink" className="utrecht-heading-2 mb-4">Nieuwe activeringslink</h2>
          <p className="utrecht-paragraph mb-4 max-w-2xl">
            Is het wachtwoord vergeten, of is de vorige link verlopen? Maak dan een nieuwe link. Eerdere links werken daarna niet meer.
            Het wachtwoord verandert pas als {user.name} met de link een nieuw wachtwoord kiest.
          </p>
          {privileged ? (
            <p className="utrecht-paragraph mb-4 max-w-2xl">
              {user.name} is CISO of beheerder. Wie de link heeft, kiest het wachtwoord van dit account. Daarom vraagt u de link aan,
              en maakt een andere beheerder hem bij de goedkeuring. Die beheerder ziet de link één keer en geeft hem door.
            </p>
          ) : null}
          <ActionForm action={inviteUserAction}>
            {hiddenId}
            <ActivationLink />
            {privileged ? (
              <>
                <TextareaField name="linkReason" label="Waarom is een nieuwe link nodig?" required rows={2}
                  description="Bijvoorbeeld: wachtwoord vergeten, gemeld per telefoon op 3 maart. De beheerder die beslist, leest dit." />
                <SubmitButton variant="secondary">Nieuwe activeringslink aanvragen</SubmitButton>
              </>
            ) : (
              <SubmitButton variant="secondary">Nieuwe activeringslink maken</SubmitButton>
            )}
          </ActionForm>
        </section>
      ) : null}

      {mayEndSessions && user.active ? (
        <section aria-labelledby="sessies" className="mb-12">
          <h2 id="sessies" className="utrecht-heading-2 mb-4">Sessies</h2>
          <EndSessionsForm userId={user.id} userName={user.name} openSessions={sessions.length} />
        </section>
      ) : null}

      <section aria-labelledby="tweede-factor" className="mb-12">
        <h2 id="tweede-factor" className="utrecht-heading-2 mb-4">Tweede factor</h2>
        <p className="utrecht-paragraph mb-4 max-w-2xl">
          {secondFactor?.confirmedAt
            ? `Staat aan sinds ${formatDateTime(secondFactor.confirmedAt)}.`
            : secondFactor
              ? "Wordt ingesteld: nog niet bevestigd met een code."
              : privileged
                ? `Nog niet ingesteld. ${user.name} stelt hem in bij de volgende keer inloggen met een wachtwoord.`
                : "Niet ingesteld."}
        </p>
        {secondFactor && user.active ? (
          <>
            <p className="utrecht-paragraph mb-4 max-w-2xl">
              Telefoon kwijt, en geen herstelcodes meer? Vraag dan aan om de tweede factor opnieuw in te stellen. Na goedkeuring door een andere
              beheerder wordt hij gewist, worden alle sessies beëindigd en stelt {user.name} bij de volgende keer inloggen een nieuwe in.
            </p>
            <ActionForm action={requestSecondFactorResetAction}>
              {hiddenId}
              <TextareaField name="resetReason" label="Waarom moet de tweede factor opnieuw worden ingesteld?" required rows={2}
                description="Bijvoorbeeld: telefoon verloren, gemeld per telefoon op 3 maart. De beheerder die beslist, leest dit." />
              <SubmitButton variant="secondary">Tweede factor opnieuw instellen</SubmitButton>
            </ActionForm>
          </>
        ) : null}
      </section>

      <section aria-labelledby="toegang" className="mb-12">
        {user.active ? (
          <>
            <h2 id="toegang" className="utrecht-heading-2 mb-4">Account deactiveren</h2>
            {isSelf ? (
              <p className="utrecht-paragraph max-w-2xl">
                Dit is uw eigen account. U kunt uw eigen account niet deactiveren, zodat er altijd iemand is die gebruikers kan beheren.
                Vraag zo nodig een andere beheerder.
              </p>
            ) : (
              <DeactivateForm userId={user.id} userName={user.name} />
            )}
          </>
        ) : (
          <>
            <h2 id="toegang" className="utrecht-heading-2 mb-4">Account weer activeren</h2>
            <p className="utrecht-paragraph mb-4 max-w-2xl">
              Na het activeren kan {user.name} weer inloggen met het bestaande wachtwoord.
            </p>
            <ActionForm action={reactivateUserAction}>
              {hiddenId}
              <SubmitButton variant="secondary">Account weer activeren</SubmitButton>
            </ActionForm>
          </>
        )}
      </section>
    </>
  );
}

function invitationStatus(invitation: Awaited<ReturnType<typeof getLatestInvitation>>) {
  if (!invitation) return "Geen";
  if (invitation.usedAt) return `Gebruikt op ${formatDateTime(invitation.usedAt)}`;
  if (invitation.expiresAt <= new Date()) return `Verlopen of ingetrokken op ${formatDateTime(invitation.expiresAt)}`;
  return `Gemaakt op ${formatDateTime(invitation.createdAt)}, geldig tot ${formatDateTime(invitation.expiresAt)}`;
}
