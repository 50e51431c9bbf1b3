"use client";

import "./globals.css";

/* eslint-disable @next/next/no-html-link-for-pages -- the router may be what failed: links here reload the whole page. */

/**
 * When even the page frame (header, footer, the database behind them) fails, this replaces the whole
 * document: the same look and words, without anything that needs the server.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="nl" className="voorbeeld-theme utrecht-theme">
      <head>
        <title>Er ging iets mis | Apps uit risicolanden</title>
      </head>
      <body className="utrecht-document utrecht-page-body flex min-h-screen flex-col">
        <header className="portal-header">
          <div className="portal-container py-4">
            <a href="/" className="utrecht-link text-xl font-bold no-underline">Apps uit risicolanden</a>
          </div>
        </header>
        <main id="inhoud" className="portal-container w-full flex-1 py-8">
          <div className="flex max-w-3xl flex-col gap-4">
            <h1 className="utrecht-heading-1">Het portaal is even niet bereikbaar</h1>
            <p className="utrecht-paragraph">
              Er ging iets mis bij het opbouwen van de pagina. Er is niets half opgeslagen. Probeer het over een paar minuten opnieuw.
            </p>
            <p className="utrecht-paragraph">
              Lukt het dan nog niet? Neem contact op met de beheerder van het portaal
              {error.digest ? <> en noem de foutcode <code className="utrecht-code">{error.digest}</code></> : null}.
            </p>
            <p className="utrecht-paragraph"><a className="utrecht-link" href="/">Opnieuw proberen vanaf de startpagina</a></p>
          </div>
        </main>
      </body>
    </html>
  );
}
