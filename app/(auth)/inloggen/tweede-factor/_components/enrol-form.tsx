"use client";

import { useActionState } from "react";
import { confirmEnrolmentAction, finishEnrolmentAction } from "../actions";
import { RecoveryCodeList } from "./recovery-code-list";

/** Confirm the new factor with a code; then the recovery codes, once, and "continue" opens the session. */
export function EnrolForm({ alreadyConfirmed }: { alreadyConfirmed: boolean }) {
  const [confirmed, confirmAction, confirming] = useActionState(confirmEnrolmentAction, null);
  const [finished, finishAction, finishing] = useActionState(finishEnrolmentAction, null);
  const codes = confirmed?.recoveryCodes;

  if (!codes && !alreadyConfirmed) {
    return (
      <form action={confirmAction} className="flex max-w-md flex-col gap-5" noValidate>
        {confirmed?.message ? (
          <div role="alert" className="utrecht-alert utrecht-alert--error">
            <p className="utrecht-paragraph">{confirmed.message}</p>
          </div>
        ) : null}
        <div className="utrecht-form-field utrecht-form-field--text">
          <label className="utrecht-form-label" htmlFor="code">Code uit uw app</label>
          <div id="code-uitleg" className="utrecht-form-field-description">De 6 cijfers die uw app nu laat zien.</div>
          <input id="code" name="code" type="text" required inputMode="numeric" autoComplete="one-time-code" maxLength={6} aria-describedby="code-uitleg"
            aria-invalid={confirmed?.message ? true : undefined} className="utrecht-textbox utrecht-textbox--html-input" />
        </div>
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={confirming} aria-disabled={confirming}>
            {confirming ? "Bezig met controleren…" : "Tweede factor bevestigen"}
          </button>
        </div>
      </form>
    );
  }

  return (
    <section aria-labelledby="herstelcodes" className="flex flex-col gap-5">
      <div role="status" className="utrecht-alert utrecht-alert--ok">
        <p className="utrecht-paragraph">Uw tweede factor is ingesteld.</p>
      </div>
      <h2 id="herstelcodes" className="utrecht-heading-2">Uw herstelcodes</h2>
      {codes ? (
        <>
          <p className="utrecht-paragraph">
            Bent u uw telefoon kwijt? Dan kunt u met een herstelcode inloggen. Elke code werkt één keer. Schrijf de codes op of bewaar ze in
            uw wachtwoordkluis. U ziet ze maar één keer.
          </p>
          <RecoveryCodeList codes={codes} />
        </>
      ) : (
        <p className="utrecht-paragraph">
          De herstelcodes zijn al getoond. Heeft u ze niet bewaard? Maak dan na het inloggen nieuwe codes op de pagina Tweede factor.
        </p>
      )}
      <form action={finishAction} className="flex flex-col gap-3">
        {finished?.message ? (
          <div role="alert" className="utrecht-alert utrecht-alert--error">
            <p className="utrecht-paragraph">{finished.message}</p>
          </div>
        ) : null}
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={finishing} aria-disabled={finishing}>
            {finishing ? "Bezig met inloggen…" : "Ik heb de codes bewaard"}
          </button>
        </div>
      </form>
    </section>
  );
}
