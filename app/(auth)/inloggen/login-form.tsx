"use client";

import { useActionState } from "react";
import { loginAction } from "./actions";

export function LoginForm() {
  const [state, formAction, pending] = useActionState(loginAction, null);
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-5" noValidate>
      {state?.message ? (
        <div role="alert" className="utrecht-alert utrecht-alert--error">
          <p className="utrecht-paragraph">{state.message}</p>
        </div>
      ) : null}
      <div className="utrecht-form-field utrecht-form-field--text">
        <label className="utrecht-form-label" htmlFor="email">E-mailadres</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state?.email}
          className="utrecht-textbox utrecht-textbox--html-input" />
      </div>
      <div className="utrecht-form-field utrecht-form-field--text">
        <label className="utrecht-form-label" htmlFor="password">Wachtwoord</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required
          className="utrecht-textbox utrecht-textbox--html-input" />
      </div>
      <div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={pending} aria-disabled={pending}>
          {pending ? "Bezig met inloggen…" : "Inloggen"}
        </button>
      </div>
    </form>
  );
}
