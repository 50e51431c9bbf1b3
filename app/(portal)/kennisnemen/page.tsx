import type { Metadata } from "next";
import { getDb } from "@/db";
import { getListVersionNumber, listOwnAcknowledgements } from "@/db/queries/acknowledgements";
import { getVersionSnapshot } from "@/db/queries/list-versions";
import { Markdown } from "@/components/markdown";
import { PageHeader } from "@/components/page-header";
import { formatDate, formatDateTime, todayIso } from "@/lib/dates";
import { requirePermission } from "@/lib/auth/session";
import { READ_STATEMENT, removalStatement } from "@/lib/policy/acknowledge";
import { getAcknowledgementTask } from "@/lib/policy/acknowledge-task";
import { AcknowledgeForm } from "./_components/acknowledge-form";
import { AcknowledgementHistory, receiptHref } from "./_components/history";
import { PolicyAppsTable } from "./_components/list-table";

export const metadata: Metadata = { title: "Beleid" };

const CRUMBS = [{ href: "/overzicht", label: "Overzicht" }];

export default async function AcknowledgePage() {
  const viewer = await requirePermission("policy.acknowledge");
  const db = getDb();
  const today = todayIso();
  const [task, history] = await Promise.all([getAcknowledgementTask(db, viewer.id, today), listOwnAcknowledgements(db, viewer.id)]);

  if (task.kind === "open") {
    const { version, entry } = task;
    const [snapshot, listVersionNumber] = await Promise.all([getVersionSnapshot(db, version.listVersionId), getListVersionNumber(db, version.listVersionId)]);
    const stricter = version.stricterMeasure && version.stricterRiskGroups.includes(entry.riskGroup) ? version.stricterMeasure : null;
    return (
      <>
        <PageHeader title={`Neem kennis van het beleid, versie ${version.number}`} crumbs={CRUMBS} crumbLabel="Beleid"
          intro={<>Lees het beleid en de lijst van apps hieronder. Verklaar daarna dat u ze kent, vóór <strong>{formatDate(entry.dueOn)}</strong>.</>} />
        {task.overdue ? (
          <p className="portal-notice utrecht-paragraph mb-8">U bent te laat: de datum was {formatDate(entry.dueOn)}. Neem nu kennis van het beleid.</p>
        ) : null}
        <section aria-labelledby="beleid" className="mb-10 max-w-3xl">
          <h2 id="beleid" className="utrecht-heading-2 mb-4">{version.title}</h2>
          <Markdown source={version.body} />
        </section>
        {stricter ? (
          <section aria-labelledby="strenger" className="portal-notice mb-10 max-w-3xl">
            <h2 id="strenger" className="utrecht-heading-3 mb-2">Voor uw functie geldt een strengere maatregel</h2>
            <p className="utrecht-paragraph">{stricter}</p>
          </section>
        ) : null}
        <section aria-labelledby="lijst" className="mb-10">
          <h2 id="lijst" className="utrecht-heading-2 mb-4">De lijst van apps bij dit beleid</h2>
          <p className="utrecht-paragraph mb-4">Dit is de lijst zoals die gold bij versie {version.number} van het beleid (lijstversie {listVersionNumber}).</p>
          <PolicyAppsTable apps={snapshot.apps} listVersionNumber={listVersionNumber} />
        </section>
        <AcknowledgeForm versionId={version.id} readLabel={READ_STATEMENT} removalLabel={removalStatement(entry.dueOn)} />
        <AcknowledgementHistory rows={history} />
      </>
    );
  }

  const done = task.kind === "done" ? history.find((h) => h.policyVersionId === task.version.id) : undefined;
  return (
    <>
      <PageHeader title={task.kind === "no-policy" ? "Beleid" : `Beleid, versie ${task.version.number}`} crumbs={CRUMBS} crumbLabel="Beleid" />
      {task.kind === "done" && done ? (
        <div className="utrecht-alert utrecht-alert--ok mb-8 flex max-w-3xl flex-col gap-2">
          <p className="utrecht-paragraph">U heeft op {formatDateTime(done.acknowledgedAt)} kennisgenomen van versie {task.version.number} van het beleid. U hoeft nu niets meer te doen.</p>
          <p className="utrecht-paragraph">Uw controlecode is <code className="utrecht-code">{done.verificationCode}</code>.{" "}
            <a className="utrecht-link" href={receiptHref(done.id)} download>Download uw ontvangstbewijs (PDF)</a>
          </p>
        </div>
      ) : null}
      {task.kind === "not-asked" ? (
        <p className="utrecht-paragraph mb-8 max-w-3xl">Versie {task.version.number} van het beleid vraagt u niet om kennis te nemen. U hoeft niets te doen. Denkt u dat dit niet klopt? Neem contact op met de CISO.</p>
      ) : null}
      {task.kind === "no-policy" ? (
        <p className="utrecht-paragraph mb-8 max-w-3xl">Er is nog geen beleid gepubliceerd waarvan u kennis moet nemen. U hoeft nu niets te doen.</p>
      ) : null}
      {task.kind !== "no-policy" ? (
        <section aria-labelledby="beleid" className="max-w-3xl">
          <h2 id="beleid" className="utrecht-heading-2 mb-4">{task.version.title}</h2>
          <Markdown source={task.version.body} />
        </section>
      ) : null}
      <AcknowledgementHistory rows={history} />
    </>
  );
}
