import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listOpenSessions } from "@/db/queries/sessions";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/fields";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { describeUserAgent } from "@/lib/sessions/user-agent";
import { endOtherSessionsAction } from "./end-others-action";
import { SessionTable } from "./_components/session-table";

export const metadata: Metadata = { title: "Mijn sessies" };

export default async function MySessionsPage() {
  const viewer = await requirePermission("sessions.own");
  const sessions = await listOpenSessions(getDb(), viewer.id);
  const rows = sessions.map((s) => ({
    id: s.id,
    device: describeUserAgent(s.userAgent),
    address: s.ip ?? "Onbekend",
    signedIn: formatDateTime(s.createdAt),
    lastActive: formatDateTime(s.lastActiveAt),
    isCurrent: s.id === viewer.sessionId,
  }));
  const others = rows.filter((r) => !r.isCurrent).length;

  return (
    <>
      <PageHeader title="Mijn sessies" crumbs={[{ href: "/overzicht", label: "Overzicht" }]}
        intro={
          <>
            Hier ziet u op welke apparaten u nu bent ingelogd. Herkent u een sessie niet? Beëindig die dan, en vraag de beheerder om een nieuw
            wachtwoord. Extra beveiliging: zet een <Link href="/account/tweede-factor" className="utrecht-link">tweede factor</Link> aan.
          </>
        } />
      <SessionTable rows={rows} />
      <section aria-labelledby="andere-sessies" className="mt-10">
        <h2 id="andere-sessies" className="utrecht-heading-2 mb-4">Andere sessies beëindigen</h2>
        {others > 0 ? (
          <ActionForm action={endOtherSessionsAction}>
            <p className="utrecht-paragraph">
              U blijft ingelogd in deze sessie. Op {others === 1 ? "het andere apparaat" : `de ${others} andere apparaten`} moet u daarna opnieuw inloggen.
            </p>
            <SubmitButton variant="secondary">Alle andere sessies beëindigen</SubmitButton>
          </ActionForm>
        ) : (
          <p className="utrecht-paragraph">U bent nergens anders ingelogd.</p>
        )}
      </section>
    </>
  );
}
