import type { Metadata } from "next";
import Link from "next/link";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { getLatestVersion, getVersionSnapshot } from "@/db/queries/list-versions";
import { getPendingChanges } from "@/lib/lists/publish";
import { listCountries } from "@/db/queries/lists";
import { PageHeader } from "@/components/page-header";
import { formatDate, todayIso } from "@/lib/dates";
import { countOf } from "@/lib/plural";
import { changeCount } from "@/lib/lists/diff";
import { roleLabels } from "@/lib/labels";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { Card } from "./_components/card";
import { CouncilMemberCards, GriffieCards } from "./_components/council-cards";
import { Notices } from "./_components/notices";
import { StartPageTask } from "../kennisnemen/_components/start-page-task";
import { getCurrentPolicyVersion, listAudience } from "@/db/queries/policy-audience";
import { listOpenExemptions } from "@/db/queries/exemptions";
import { countFlaggedChannels } from "@/db/queries/channels";
import { percentOf, statusOf } from "@/lib/policy/acknowledgement-overview";

export const metadata: Metadata = { title: "Overzicht" };

const roleList = new Intl.ListFormat("nl", { type: "conjunction" });

export default async function OverviewPage() {
  const viewer = await requireViewer();
  const db = getDb();
  const latest = await getLatestVersion(db);
  const isCiso = can(viewer.roles, "lists.view");
  const isAdmin = can(viewer.roles, "users.manage");
  const [pending, countries, activeUsers] = await Promise.all([
    isCiso ? getPendingChanges(db) : null,
    isCiso ? listCountries(db) : null,
    isAdmin ? db.select({ n: count() }).from(users).where(eq(users.active, true)) : null,
  ]);
  const policyFigures = can(viewer.roles, "acknowledgements.view") ? await currentPolicyFigures() : null;
  const openExemptions = can(viewer.roles, "exemptions.decide") ? await listOpenExemptions(db) : null;
  const flaggedChannels = can(viewer.roles, "channels.manage") ? await countFlaggedChannels(db) : null;
  const overdue = countries?.filter((c) => !c.delistedOn && c.nextReviewOn < todayIso()) ?? [];
  const appCount = latest ? (await getVersionSnapshot(db, latest.id)).apps.length : 0;

  return (
    <>
      <PageHeader title={`Welkom, ${viewer.name}`} crumbs={[]} crumbLabel="Overzicht" intro={`${viewer.roles.length > 1 ? "Uw rollen" : "Uw rol"} in het portaal: ${roleList.format(viewer.roles.map((r) => roleLabels[r]))}.`} />
      <Notices userId={viewer.id} />
      <StartPageTask userId={viewer.id} />
      <div className="grid gap-6 md:grid-cols-2">
        {can(viewer.roles, "questions.view_open") ? <GriffieCards today={todayIso()} /> : null}
        {viewer.roles.includes("raadslid") ? <CouncilMemberCards viewer={viewer} today={todayIso()} /> : null}
        <Card title="De lijst die nu geldt">
          {latest ? (
            <p className="utrecht-paragraph">Lijstversie {latest.number}, gepubliceerd op {formatDate(latest.publishedAt)}, met {countOf(appCount, "app", "apps")}. {latest.note}</p>
          ) : <p className="utrecht-paragraph">Er is nog geen lijst gepubliceerd.</p>}
          <p className="utrecht-paragraph"><Link className="utrecht-link" href="/">Bekijk de landen en apps op de lijst</Link></p>
        </Card>

        {viewer.roles.some((r) => r === "medewerker" || r === "raadslid" || r === "griffie") ? (
          <Card title="Wat betekent dit voor u?">
            <ul className="utrecht-unordered-list">
              <li className="utrecht-unordered-list__item">Op een telefoon, tablet of laptop van de gemeente mogen apps van de lijst met de maatregel <strong>verboden</strong> niet staan. Verwijder ze.</li>
              <li className="utrecht-unordered-list__item">Gebruikt u een eigen apparaat voor uw werk? Dan raden wij u dringend af om deze apps te gebruiken.</li>
              <li className="utrecht-unordered-list__item">Heeft u een app van de lijst nodig voor uw werk, bijvoorbeeld voor toezicht of om een doelgroep te bereiken? Overleg dan met de CISO.</li>
            </ul>
          </Card>
        ) : null}

        {isCiso && pending ? (
          <Card title="Landen en apps beheren">
            <p className="utrecht-paragraph">
              {changeCount(pending) === 0 ? "Het concept is gelijk aan de gepubliceerde lijst." : changeCount(pending) === 1 ? "Er staat 1 wijziging klaar om te publiceren." : `Er staan ${changeCount(pending)} wijzigingen klaar om te publiceren.`}
            </p>
            {overdue.length > 0 ? <p className="utrecht-paragraph portal-overdue">Beoordeling te laat: {overdue.map((c) => c.name).join(", ")}.</p> : null}
            <p className="utrecht-paragraph"><Link className="utrecht-link" href="/lijsten">Naar landen en apps</Link> · <Link className="utrecht-link" href="/auditlog">Naar het auditlog</Link></p>
          </Card>
        ) : null}

        {flaggedChannels !== null ? (
          <Card title="Communicatiekanalen">
            <p className="utrecht-paragraph">Accounts op platforms van de lijst: {flaggedChannels} nog actief.</p>
            <p className="utrecht-paragraph"><Link className="utrecht-link" href="/kanalen">Naar de communicatiekanalen</Link></p>
          </Card>
        ) : null}

        {policyFigures || openExemptions ? (
          <Card title="Beleid en uitzonderingen">
            {policyFigures ? (
              <p className="utrecht-paragraph">
                Beleidsversie {policyFigures.number}: {policyFigures.acknowledged} van {policyFigures.total} mensen hebben kennisgenomen ({percentOf(policyFigures.acknowledged, policyFigures.total)}%)
                {policyFigures.late > 0 ? <>; <strong className="portal-overdue">{countOf(policyFigures.late, "persoon is", "personen zijn")} te laat</strong></> : null}.
              </p>
            ) : <p className="utrecht-paragraph">Er geldt nog geen gepubliceerd beleid.</p>}
            {openExemptions ? <p className="utrecht-paragraph">{openExemptions.length === 0 ? "Er wachten geen aanvragen voor een uitzondering." : `${countOf(openExemptions.length, "aanvraag", "aanvragen")} voor een uitzondering ${openExemptions.length === 1 ? "wacht" : "wachten"} op een besluit.`}</p> : null}
            <p className="utrecht-paragraph">
              {policyFigures ? <><Link className="utrecht-link" href={`/beleid/${policyFigures.id}/kennisnames`}>Naar de kennisnames</Link> · </> : null}
              <Link className="utrecht-link" href="/uitzonderingen/beoordelen">Naar de aanvragen</Link>
            </p>
          </Card>
        ) : null}

        {isAdmin && activeUsers ? (
          <Card title="Gebruikers en organisatie">
            <p className="utrecht-paragraph">{countOf(activeUsers[0]?.n ?? 0, "actieve gebruiker", "actieve gebruikers")}.</p>
            <p className="utrecht-paragraph"><Link className="utrecht-link" href="/beheer/gebruikers">Gebruikers beheren</Link> · <Link className="utrecht-link" href="/beheer/organisatie">Organisatie-instellingen</Link></p>
          </Card>
        ) : null}
      </div>
    </>
  );
}

/** The current version's acknowledgement figures for the CISO's card. */
async function currentPolicyFigures() {
  const db = getDb();
  const today = todayIso();
  const version = await getCurrentPolicyVersion(db, today);
  if (!version) return null;
  const members = await listAudience(db, version);
  const acknowledged = members.filter((m) => m.acknowledgedAt).length;
  const late = members.filter((m) => statusOf(m, today) === "te-laat").length;
  return { id: version.id, number: version.number, acknowledged, total: members.length, late };
}
