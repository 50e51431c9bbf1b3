import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton, TextField } from "@/components/form/fields";
import { checkInvitation } from "@/lib/users/invitations";
import { activateAccountAction } from "./actions";
import { refusalMessages } from "./messages";
import { MIN_PASSWORD_LENGTH } from "./schemas";

// The token is in this page's address: no referrer may carry it to another site.
const privateLink: Metadata = { referrer: "no-referrer", robots: { index: false, follow: false } };

export async function generateMetadata({ params }: { params: Promise<{ token: string }> }): Promise<Metadata> {
  const check = await checkInvitation(getDb(), (await params).token);
  return { ...privateLink, title: check.ok ? "Wachtwoord kiezen" : "Deze link werkt niet" };
}

export default async function ActivationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const check = await checkInvitation(getDb(), token);

  if (!check.ok) {
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <h1 className="utrecht-heading-1">Deze link werkt niet</h1>
        <p className="utrecht-paragraph">{refusalMessages[check.problem]}</p>
        <p className="utrecht-paragraph"><Link className="utrecht-link" href="/inloggen">Naar inloggen</Link></p>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-6">
      <h1 className="utrecht-heading-1">Wachtwoord kiezen</h1>
      <p className="utrecht-paragraph max-w-2xl">
        U kiest een wachtwoord voor het account van <strong>{check.name}</strong> ({check.email}). Daarna logt u in met dit
        e-mailadres en uw nieuwe wachtwoord. De link werkt maar één keer.
      </p>
      <ActionForm action={activateAccountAction} className="flex max-w-xl flex-col gap-6">
        <input type="hidden" name="token" value={token} />
        {/* Lets a password manager store the new password under the right account. */}
        <input type="text" name="username" autoComplete="username" value={check.email} readOnly hidden />
        <TextField name="password" label="Nieuw wachtwoord" type="password" required autoComplete="new-password"
          description={`Minstens ${MIN_PASSWORD_LENGTH} tekens. Een zin van een paar woorden is sterk en goed te onthouden. Veelgebruikte wachtwoorden en uw eigen naam worden geweigerd.`} />
        <TextField name="passwordConfirm" label="Herhaal het wachtwoord" type="password" required autoComplete="new-password" />
        <SubmitButton>Wachtwoord opslaan</SubmitButton>
      </ActionForm>
    </div>
  );
}
