"use client";

import { useState } from "react";
import Link from "next/link";
import { useFormState } from "@/components/form/action-form";
import type { InvitationData } from "@/lib/users/invitation-data";

/** Shows a freshly made activation link once, with how to pass it on; it is never shown again. */
export function ActivationLink({ showUserLink = false }: { showUserLink?: boolean }) {
  const { state } = useFormState();
  const [copied, setCopied] = useState<"" | "ok" | "failed">("");
  const data = state?.ok ? (state.data as InvitationData | undefined) : undefined;
  if (!data) return null;
  if (!data.activationLink) return showUserLink ? <UserLinks userId={data.userId} userName={data.userName} /> : null;
  const link = data.activationLink;

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("ok");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <section aria-labelledby="activeringslink-resultaat" className="portal-notice flex flex-col gap-3">
      <h2 id="activeringslink-resultaat" className="utrecht-heading-3">Activeringslink voor {data.userName}</h2>
      <p className="utrecht-paragraph">
        Met deze link kiest {data.userName} een eigen wachtwoord. De link werkt één keer en is geldig tot {data.expiresLabel}.
      </p>
      <p className="utrecht-paragraph">
        <strong>U ziet de link alleen nu.</strong> Geef hem persoonlijk of via een beveiligd kanaal door, bijvoorbeeld via
        een versleuteld bericht of de beveiligde chat van de gemeente. Zet de link niet in een gewone e-mail naar een privéadres
        en niet in een gedeeld document. Kwijt? Maak dan een nieuwe link.
      </p>
      <div className="utrecht-form-field utrecht-form-field--text">
        <label className="utrecht-form-label" htmlFor="activeringslink-url">Activeringslink</label>
        <div className="utrecht-form-field-description" id="activeringslink-url-uitleg">
          Klik op Kopieer link, of selecteer de link en kopieer hem met Ctrl+C.
        </div>
        <textarea id="activeringslink-url" readOnly value={link} rows={2} aria-describedby="activeringslink-url-uitleg"
          onFocus={(e) => e.currentTarget.select()}
          className="utrecht-textarea utrecht-textarea--html-textarea utrecht-textarea--read-only w-full max-w-none break-all font-mono" />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="button" onClick={copy} className="utrecht-button utrecht-button--secondary-action">Kopieer link</button>
        <span role="status">
          {copied === "ok" ? "De link is gekopieerd." : copied === "failed" ? "Kopiëren lukte niet. Selecteer de link en kopieer hem met Ctrl+C." : ""}
        </span>
      </div>
      {showUserLink && data.userId ? <UserLinks userId={data.userId} userName={data.userName} /> : null}
    </section>
  );
}

function UserLinks({ userId, userName }: { userId: string; userName: string }) {
  return (
    <p className="utrecht-paragraph flex flex-wrap gap-4">
      <Link className="utrecht-link" href={`/beheer/gebruikers/${userId}`}>Bekijk het account van {userName}</Link>
      {/* A full page load, not <Link>: it empties the form's result, so the previous person's link is gone. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <a className="utrecht-link" href="/beheer/gebruikers/nieuw">Nog een gebruiker toevoegen</a>
    </p>
  );
}

/** Hides the form's fields once the action succeeded, so the result stands on its own. */
export function UntilSaved({ children }: { children: React.ReactNode }) {
  const { state } = useFormState();
  return state?.ok ? null : <>{children}</>;
}
