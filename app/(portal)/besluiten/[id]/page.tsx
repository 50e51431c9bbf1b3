import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { activeUserOptions, evidenceOptions, getDecision, type DecisionView, type Evidence } from "@/db/queries/decisions";
import { CrossReferences } from "@/app/(portal)/verwijzingen/_components/cross-references";
import { ButtonLink } from "@/components/button-link";
import { DataTable } from "@/components/data-table";
import { Markdown } from "@/components/markdown";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { getViewer, requirePermission, type Viewer } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/dates";
import { getVisibleDecision, maySeeDecision } from "@/lib/decisions/access";
import { decisionStatusLabels } from "@/lib/decisions/labels";
import { parseRecordId } from "@/lib/params";
import { clientIp } from "@/lib/request";
import { RemoveAttachmentForm, UploadAttachmentForm } from "../_components/attachment-forms";
import { NewMilestoneForm, type EvidenceGroups } from "../_components/milestone-form";
import { MilestoneStateBadge, ProgressBadge } from "../_components/progress-badge";
import { PublishDecisionForm } from "../_components/publish-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"], viewer: Viewer) {
  const id = parseRecordId((await params).id);
  return id ? getVisibleDecision(getDb(), viewer, id, await clientIp()) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Only reads: the page itself logs a refused look at a draft.
  const [id, viewer] = [parseRecordId((await params).id), await getViewer()];
  const decision = id && viewer ? await getDecision(getDb(), id) : null;
  return { title: decision && viewer && maySeeDecision(viewer, decision) ? `Besluit ${decision.number}` : "Collegebesluit" };
}

const textSections: [keyof DecisionView, string][] = [
  ["decisionPoints", "Beslispunten"],
  ["arguments", "Argumenten"],
  ["considerations", "Kanttekeningen"],
  ["finances", "Financiën"],
  ["communication", "Communicatie"],
];

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`);

export default async function DecisionPage({ params }: Props) {
  const viewer = await requirePermission("decisions.view");
  const decision = await load(params, viewer);
  if (!decision) notFound();
  const manages = can(viewer.roles, "decisions.manage");
  const [owners, evidence] = manages ? await Promise.all([activeUserOptions(getDb()), evidenceOptions(getDb())]) : [[], null];
  const evidenceGroups: EvidenceGroups | null = evidence
    ? {
        memo: evidence.memo.map((o) => ({ value: `memo:${o.id}`, label: o.label })),
        policy: evidence.policy.map((o) => ({ value: `policy:${o.id}`, label: o.label })),
        list: evidence.list.map((o) => ({ value: `list:${o.id}`, label: o.label })),
      }
    : null;
  const base = `/besluiten/${decision.id}`;

  return (
    <>
      <PageHeader title={`Besluit ${decision.number}: ${decision.subject}`} crumbLabel={`Besluit ${decision.number}`} crumbs={[{ href: "/besluiten", label: "Collegebesluiten" }]}>
        {manages ? <ButtonLink href={`${base}/bewerken`}>Besluit wijzigen</ButtonLink> : null}
      </PageHeader>

      {decision.publishedAt ? null : (
        <div className="utrecht-alert utrecht-alert--warning mb-8 max-w-3xl">
          <p className="utrecht-paragraph"><strong>Concept.</strong> Dit besluit is nog niet gepubliceerd: alleen de griffie en de CISO zien het. <a className="utrecht-link" href="#publiceren">Naar publiceren</a></p>
        </div>
      )}

      <dl className="mb-10 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[14rem_1fr]">
        <Row term="Nummer">{decision.number}</Row>
        <Row term="Datum van het besluit">{formatDate(decision.decidedOn)}</Row>
        <Row term="Status">{decisionStatusLabels[decision.status]}</Row>
        <Row term="Voortgang"><ProgressBadge progress={decision.progress} /></Row>
        <Row term="Gepubliceerd">{decision.publishedAt ? formatDateTime(decision.publishedAt) : "Nog niet"}</Row>
        {manages ? <Row term="Geregistreerd door">{decision.createdByName ?? "onbekend"}, {formatDateTime(decision.createdAt)}</Row> : null}
      </dl>

      {textSections.map(([field, heading]) => {
        const text = String(decision[field] ?? "").trim();
        return text ? (
          <section key={field} aria-labelledby={`tekst-${field}`} className="mb-8 flex max-w-3xl flex-col gap-3">
            <h2 id={`tekst-${field}`} className="utrecht-heading-2">{heading}</h2>
            <Markdown source={text} />
          </section>
        ) : null;
      })}

      <section id="mijlpalen" aria-labelledby="mijlpalen-kop" className="mb-10 flex flex-col gap-4">
        <h2 id="mijlpalen-kop" className="utrecht-heading-2">Mijlpalen</h2>
        {decision.milestones.length === 0 ? (
          <p className="utrecht-paragraph">Er zijn nog geen mijlpalen.</p>
        ) : (
          <DataTable caption={`Mijlpalen van besluit ${decision.number}, op datum`} captionHidden
            columns={["Mijlpaal", "Eigenaar", "Klaar op", "Gereed op", "Stand", "Bewijs", ...(manages ? ["Wijzigen"] : [])]}>
            {decision.milestones.map((m) => (
              <tr key={m.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">{m.title}</th>
                <td className="utrecht-table__cell">{m.ownerName ?? "Nog niemand"}</td>
                <td className="utrecht-table__cell whitespace-nowrap">{formatDate(m.dueOn)}</td>
                <td className="utrecht-table__cell whitespace-nowrap">{m.doneOn ? formatDate(m.doneOn) : "–"}</td>
                <td className="utrecht-table__cell"><MilestoneStateBadge state={m.state} /></td>
                <td className="utrecht-table__cell">{m.evidence ? <EvidenceLink evidence={m.evidence} viewer={viewer} /> : "–"}</td>
                {manages ? (
                  <td className="utrecht-table__cell">
                    <Link className="utrecht-link" href={`${base}/mijlpalen/${m.id}`}>Wijzigen<span className="sr-only"> ({m.title})</span></Link>
                  </td>
                ) : null}
              </tr>
            ))}
          </DataTable>
        )}
        {manages && evidenceGroups ? (
          <details className="max-w-2xl">
            <summary className="utrecht-link cursor-pointer">Mijlpaal toevoegen</summary>
            <div className="mt-4">
              <NewMilestoneForm decisionId={decision.id} owners={owners.map((o) => ({ value: o.id, label: o.name }))} evidence={evidenceGroups} />
            </div>
          </details>
        ) : null}
      </section>

      <section id="bijlagen" aria-labelledby="bijlagen-kop" className="mb-10 flex max-w-3xl flex-col gap-4">
        <h2 id="bijlagen-kop" className="utrecht-heading-2">Bijlagen</h2>
        {decision.attachments.length === 0 ? (
          <p className="utrecht-paragraph">Er zijn geen bijlagen.</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {decision.attachments.map((a) => (
              <li key={a.id} className="flex flex-col gap-2 border-l-4 border-border pl-4">
                <a className="utrecht-link" href={`${base}/bijlagen/${a.id}`}>{a.title}</a>
                <span className="utrecht-paragraph text-sm">PDF, {sizeText(a.sizeBytes)}, wordt gedownload als {a.fileName}. Toegevoegd op {formatDateTime(a.uploadedAt)}.</span>
                {manages ? <RemoveAttachmentForm attachmentId={a.id} title={a.title} /> : null}
              </li>
            ))}
          </ul>
        )}
        {manages ? (
          <>
            <h3 className="utrecht-heading-3">Bijlage toevoegen</h3>
            <UploadAttachmentForm decisionId={decision.id} />
          </>
        ) : null}
      </section>

      <CrossReferences kind="decision" id={decision.id} viewer={viewer} />

      {manages && !decision.publishedAt ? (
        <section id="publiceren" aria-labelledby="publiceren-kop" className="flex max-w-3xl flex-col gap-4 border-t border-border pt-8">
          <h2 id="publiceren-kop" className="utrecht-heading-2">Publiceren</h2>
          <PublishDecisionForm decisionId={decision.id} number={decision.number} />
        </section>
      ) : null}
    </>
  );
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="contents">
      <dt className="utrecht-paragraph font-bold">{term}</dt>
      <dd className="utrecht-paragraph">{children}</dd>
    </div>
  );
}

/** A link to the evidence where the viewer may open it; otherwise its name. */
function EvidenceLink({ evidence, viewer }: { evidence: Evidence; viewer: Viewer }) {
  const href =
    evidence.kind === "memo" ? `/memos/${evidence.id}`
      : evidence.kind === "policy" && can(viewer.roles, "policy.manage") ? `/beleid/${evidence.id}`
        : evidence.kind === "list" && evidence.number !== null && can(viewer.roles, "lists.view") ? `/lijsten/versies/${evidence.number}`
          : null;
  return href ? <Link className="utrecht-link" href={href}>{evidence.label}</Link> : <>{evidence.label}</>;
}
