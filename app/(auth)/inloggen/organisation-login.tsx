import { organisationLoginAction } from "./organisation-login-action";

/** The button to sign in through the organisation's identity provider; a form, so it needs no JavaScript. */
export function OrganisationLogin({ name }: { name: string }) {
  return (
    <form action={organisationLoginAction}>
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        Inloggen met {name}
      </button>
    </form>
  );
}
