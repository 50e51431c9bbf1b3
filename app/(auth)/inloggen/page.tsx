import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { oidcConfig, passwordLoginEnabled } from "@/lib/auth/oidc/config";
import { loginErrorMessage } from "@/lib/auth/oidc/messages";
import { getViewer } from "@/lib/auth/session";
import { LoginForm } from "./login-form";
import { OrganisationLogin } from "./organisation-login";

export const metadata: Metadata = { title: "Inloggen" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ uitgelogd?: string; error?: string | string[] }> }) {
  if (await getViewer()) redirect("/overzicht");
  const { uitgelogd, error } = await searchParams;
  const errorMessage = loginErrorMessage(typeof error === "string" ? error : null);
  const provider = oidcConfig();
  const withPassword = passwordLoginEnabled();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="utrecht-heading-1">Inloggen</h1>
      {uitgelogd ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok">
          <p className="utrecht-paragraph">U bent uitgelogd.</p>
        </div>
      ) : null}
      {errorMessage ? (
        <div role="alert" className="utrecht-alert utrecht-alert--error">
          <p className="utrecht-paragraph">{errorMessage}</p>
        </div>
      ) : null}
      {provider ? (
        <section className="flex flex-col gap-4">
          <h2 className="utrecht-heading-2">Met {provider.name}</h2>
          <p className="utrecht-paragraph">U logt in bij uw organisatie en komt daarna terug in het portaal. Logt u voor het eerst in? Dan keurt een beheerder uw account eerst goed.</p>
          <OrganisationLogin name={provider.name} />
        </section>
      ) : null}
      {withPassword ? (
        <section className="flex flex-col gap-4">
          {provider ? <h2 className="utrecht-heading-2">Met e-mailadres en wachtwoord</h2> : null}
          <p className="utrecht-paragraph">Log in met het e-mailadres en wachtwoord van uw account bij de gemeente.</p>
          <LoginForm />
        </section>
      ) : null}
    </div>
  );
}
