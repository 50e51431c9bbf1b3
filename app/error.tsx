"use client";

import Link from "next/link";
import { TOO_LARGE_MESSAGE } from "@/lib/request-limits";

/** Any error in a page or a form: a Dutch explanation in the portal's own frame, never Next's English page. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const tooLarge = error.message === TOO_LARGE_MESSAGE;
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <h1 className="utrecht-heading-1">{tooLarge ? "Te groot om te versturen" : "Er ging iets mis"}</h1>
      <p className="utrecht-paragraph">
        {tooLarge
          ? TOO_LARGE_MESSAGE
          : "Het portaal kon deze pagina of handeling niet afmaken. Er is niets half opgeslagen: een wijziging gaat helemaal door of helemaal niet."}
      </p>
      <p className="utrecht-paragraph">
        Probeer het opnieuw. Lukt het dan nog niet? Neem contact op met de beheerder van het portaal
        {error.digest ? <> en noem de foutcode <code className="utrecht-code">{error.digest}</code></> : null}.
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="utrecht-button utrecht-button--primary-action">Opnieuw proberen</button>
        <Link href="/" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">Naar de startpagina</Link>
      </div>
    </div>
  );
}
