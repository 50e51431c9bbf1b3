import { getDb } from "@/db";
import { verifyAuditChain } from "@/lib/audit";

/**
 * Recomputes every hash: proof that nobody changed the log behind the portal's back. It reads the
 * whole log, so the page streams it in a Suspense boundary rather than waiting for it.
 */
export async function ChainStatus() {
  const report = await verifyAuditChain(getDb());
  if (report.ok) {
    return (
      <div className="utrecht-alert utrecht-alert--ok">
        <p className="utrecht-paragraph">
          De keten van {report.checked.toLocaleString("nl-NL")} {report.checked === 1 ? "regel" : "regels"} is intact. Niemand heeft regels
          gewijzigd of verwijderd.
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
