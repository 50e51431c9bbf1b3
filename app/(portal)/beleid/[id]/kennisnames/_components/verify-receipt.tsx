import { getDb } from "@/db";
import { findByVerificationCode } from "@/db/queries/acknowledgements";
import { formatDate, formatDateTime } from "@/lib/dates";
import { normaliseVerificationCode } from "@/lib/policy/verification-code";

/** Checks a printed receipt by its code: who, which version, when. Reading only, so a GET form will do. */
export async function VerifyReceipt({ action, typed }: { action: string; typed?: string }) {
  const code = typed ? normaliseVerificationCode(typed) : null;
  const found = code ? await findByVerificationCode(getDb(), code) : null;
  return (
    <section aria-labelledby="controleren" className="mt-12 max-w-2xl">
      <h2 id="controleren" className="utrecht-heading-2 mb-4">Controleer een ontvangstbewijs</h2>
      <form method="get" action={action} className="flex flex-wrap items-end gap-4">
        <div className="utrecht-form-field flex flex-col gap-1">
          <label className="utrecht-form-label" htmlFor="controlecode">Controlecode</label>
          <div id="controlecode-uitleg" className="utrecht-form-field-description">Staat op het ontvangstbewijs, bijvoorbeeld KN-7F3Q-9XKD.</div>
          <input id="controlecode" name="controlecode" defaultValue={typed ?? ""} aria-describedby="controlecode-uitleg" autoComplete="off"
            className="utrecht-textbox utrecht-textbox--html-input" />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">Controleren</button>
      </form>
      {typed !== undefined ? (
        <div role="status" className="mt-4">
          {found ? (
            <div className="utrecht-alert utrecht-alert--ok">
              <p className="utrecht-paragraph">
                Het ontvangstbewijs {code} is echt. {found.name} ({found.email}{found.departmentName ? `, ${found.departmentName}` : ""}) heeft
                op {formatDateTime(found.acknowledgedAt)} kennisgenomen van versie {found.versionNumber}: {found.versionTitle}, en beloofd de apps vóór {formatDate(found.removeBy)} te verwijderen.
              </p>
            </div>
          ) : (
            <div className="utrecht-alert utrecht-alert--error">
              <p className="utrecht-paragraph">
                {code ? `Er is geen ontvangstbewijs met de code ${code}. Het bewijs is niet echt, of de code is verkeerd overgenomen.` : "Dit is geen controlecode. Een code ziet eruit als KN-7F3Q-9XKD."}
              </p>
            </div>
          )}
        </div>
      ) : null}
    </section>
  );
}
