"use client";

import { useActionState } from "react";
import type { SecondFactorState } from "../actions";

type Props = {
  action: (prev: SecondFactorState, formData: FormData) => Promise<SecondFactorState>;
  kind: "code" | "recovery";
  submitLabel: string;
};

/** One field: the 6-digit code from the app, or a recovery code. */
export function CodeForm({ action, kind, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const isCode = kind === "code";
  const id = isCode ? "code" : "recoveryCode";
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-5" noValidate>
      {state?.message ? (
        <div role="alert" className="utrecht-alert utrecht-alert--error">
          <p className="utrecht-paragraph">{state.message}</p>
        </div>
      ) : null}
      <div className="utrecht-form-field utrecht-form-field--text">
        <label className="utrecht-form-label" htmlFor={id}>{isCode ? "Code uit uw app" : "Herstelcode"}</label>
        <div id={`${id}-uitleg`} className="utrecht-form-field-description">
          {isCode ? "6 cijfers, bijvoorbeeld 123456." : "Een van de codes die u bij het instellen heeft bewaard, bijvoorbeeld abcde-fghjk."}
        </div>
        <input id={id} name={id} type="text" required aria-describedby={`${id}-uitleg`} aria-invalid={state?.message ? true : undefined}
          autoComplete={isCode ? "one-time-code" : "off"} inputMode={isCode ? "numeric" : "text"} maxLength={isCode ? 6 : 40}
          spellCheck={false} className="utrecht-textbox utrecht-textbox--html-input" />
      </div>
      <div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={pending} aria-disabled={pending}>
          {pending ? "Bezig met controleren…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
