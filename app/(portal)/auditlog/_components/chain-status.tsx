import { getDb } from "@/db";
import { auditEvents } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit/chain";

// Enough for the recent history on every page view; the whole chain is checked by `npm run audit:verify`.
export const CHAIN_CHECK_ROWS = 10_000;

/**
 * Recomputes the hashes of the newest rows: proof that nobody changed them behind the portal's back.
 * The page streams it in a Suspense boundary rather than waiting for it.
 */
export async function ChainStatus() {
  const db = getDb();
  const [report, total] = await Promise.all([verifyAuditChain(db, { lastRows: CHAIN_CHECK_ROWS }), db.$count(auditEvents)]);
  if (report.ok) {
    const all = report.checked >= total;
    return (
      <div className="utrecht-alert utrecht-alert--ok">
        <p className="utrecht-paragraph">
          {all
            ? `De keten van ${report.checked.toLocaleString("nl-NL")} ${report.checked === 1 ? "regel" : "regels"} is intact. Niemand heeft regels gewijzigd of verwijderd.`
            : `De nieuwste ${report.checked.toLocaleString("nl-NL")} van de ${total.toLocaleString("nl-NL")} regels zijn intact. De hele keten controleert de beheerder van de server met npm run audit:verify.`}
        </p>
      </div>
    );
  }
  return (
    <div className="utrecht-alert utrecht-alert--error">
      <p className="utrecht-paragraph">
        <strong>Let op: de auditlog is buiten het portaal om gewijzigd.</strong>
      </p>
      <p className="utrecht-paragraph">
        De eerste regel die niet klopt is nummer {report.brokenId}: {report.reason}. De {report.checked.toLocaleString("nl-NL")} regels
        daarvoor zijn in orde. Zoek uit wie toegang had tot de database en meld dit als beveiligingsincident.
      </p>
    </div>
  );
}

export function ChainStatusPending() {
  return (
    <div className="utrecht-alert utrecht-alert--info">
      <p className="utrecht-paragraph">De keten van de auditlog wordt gecontroleerd…</p>
    </div>
  );
}
