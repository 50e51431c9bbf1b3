import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Inloggen" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ uitgelogd?: string }> }) {
  if (await getViewer()) redirect("/overzicht");
  const { uitgelogd } = await searchParams;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="utrecht-heading-1">Inloggen</h1>
      {uitgelogd ? (
        <div role="status" className="utrecht-alert utrecht-alert--ok">
          <p className="utrecht-paragraph">U bent uitgelogd.</p>
        </div>
      ) : null}
      <p className="utrecht-paragraph">Log in met het e-mailadres en wachtwoord van uw account bij de gemeente.</p>
      <LoginForm />
    </div>
  );
}
