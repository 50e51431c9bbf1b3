import { getDb } from "@/db";
import { CheckpointKeyError, checkpointKey } from "@/lib/audit/key";
import { checkpointReasonLabel } from "@/lib/audit/labels";
import { verifyAuditLog, type AuditLogReport, type TrustedCheckpoint } from "@/lib/audit/verify";

// At least the newest rows on every page view, and always everything after the trusted checkpoint;
// the whole chain is checked by `npm run audit:verify`.
export const CHAIN_CHECK_ROWS = 10_000;

const when = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" });
const n = (value: number) => value.toLocaleString("nl-NL");
const plural = (value: number, one: string, many: string) => `${n(value)} ${value === 1 ? one : many}`;

/**
 * Checks the log against the signed checkpoints and recomputes the newest rows: proof that nobody
 * changed, recomputed or cut off the log behind the portal's back. Streamed in a Suspense boundary.
 */
export async function ChainStatus() {
  let key: string;
  try {
    key = checkpointKey();
  } catch (error) {
    if (!(error instanceof CheckpointKeyError)) throw error;
    return (
      <div className="utrecht-alert utrecht-alert--warning">
        <p className="utrecht-paragraph">De controlepunten van de auditlog kunnen niet worden gecontroleerd: {error.message}</p>
      </div>
    );
  }
  const report = await verifyAuditLog(getDb(), { key, recentRows: CHAIN_CHECK_ROWS });
  return report.ok ? <Intact report={report} /> : <Broken report={report} />;
}

function Trusted({ checkpoint }: { checkpoint: TrustedCheckpoint | null }) {
  if (!checkpoint) return <p className="utrecht-paragraph">Er is geen controlepunt dat klopt.</p>;
  return (
    <p className="utrecht-paragraph" data-testid="vertrouwd-controlepunt">
      Vertrouwd controlepunt: nummer {checkpoint.id} van{" "}
      <time dateTime={checkpoint.createdAt.toISOString()}>{when.format(checkpoint.createdAt)}</time>,{" "}
      {checkpointReasonLabel(checkpoint.reason)}, bij regel {checkpoint.eventId}.
    </p>
  );
}

function Intact({ report }: { report: AuditLogReport }) {
  return (
    <div className="utrecht-alert utrecht-alert--ok">
      <p className="utrecht-paragraph">
        <strong>De auditlog is intact.</strong> Niemand heeft regels gewijzigd, opnieuw berekend of verwijderd.
      </p>
      <Trusted checkpoint={report.trusted} />
      <p className="utrecht-paragraph">
        Gecontroleerd: {report.firstCheckedId === null ? "geen regels" : `regel ${report.firstCheckedId} tot en met de nieuwste (${plural(report.checkedRows, "regel", "regels")} van ${n(report.totalRows)})`},{" "}
        {plural(report.checkpoints, "controlepunt", "controlepunten")} en {plural(report.versionsChecked, "lijstversie", "lijstversies")}.
        Regels na het nieuwste controlepunt beschermt de keten, tot het volgende controlepunt (na 100 regels, een publicatie of een dag).
        De hele keten controleert de beheerder van de server met npm run audit:verify.
      </p>
    </div>
  );
}

function Broken({ report }: { report: AuditLogReport }) {
  return (
    <div className="utrecht-alert utrecht-alert--error">
      <p className="utrecht-paragraph">
        <strong>Let op: de auditlog is buiten het portaal om gewijzigd.</strong>
      </p>
      <ul className="utrecht-unordered-list">
        {report.problems.slice(0, 10).map((problem, i) => (
          <li key={i} className="utrecht-unordered-list__item">{problem.message}</li>
        ))}
      </ul>
      {report.problems.length > 10 ? <p className="utrecht-paragraph">En nog {n(report.problems.length - 10)} meer.</p> : null}
      <Trusted checkpoint={report.trusted} />
      <p className="utrecht-paragraph">Zoek uit wie toegang had tot de database en meld dit als beveiligingsincident.</p>
    </div>
  );
}

export function ChainStatusPending() {
  return (
    <div className="utrecht-alert utrecht-alert--info">
      <p className="utrecht-paragraph">De auditlog wordt gecontroleerd…</p>
    </div>
  );
}
