/** What the list is and what it means, in plain language (B1) for staff and residents alike. */
export function ListExplanation({ organisationName }: { organisationName: string }) {
  return (
    <section aria-labelledby="uitleg" className="flex max-w-3xl flex-col gap-4">
      <h2 id="uitleg" className="utrecht-heading-2">Waarom is er een lijst?</h2>
      <p className="utrecht-paragraph">
        De AIVD is de Algemene Inlichtingen- en Veiligheidsdienst van Nederland. De AIVD heeft beschreven welke landen een
        offensief cyberprogramma hebben tegen Nederland. Dat betekent: die landen proberen via internet informatie te stelen
        of computersystemen te verstoren. Deze landen staan hieronder in de tabel met landen.
      </p>
      <p className="utrecht-paragraph">
        Apps van bedrijven uit deze landen kunnen veel gegevens verzamelen. Bijvoorbeeld uw contacten, uw locatie of uw foto&apos;s.
        De overheid van zo&apos;n land kan een bedrijf verplichten die gegevens af te geven. Daarom geeft de VNG (de Vereniging van
        Nederlandse Gemeenten) gemeenten het advies om deze apps niet te gebruiken voor het werk. {organisationName} volgt dat advies.
      </p>

      <h2 className="utrecht-heading-2 mt-6">Wat betekent dit voor medewerkers?</h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="border-l-4 border-border bg-bg-subtle p-4">
          <h3 className="utrecht-heading-3">Verboden</h3>
          <p className="utrecht-paragraph mt-2">
            De app mag niet op een telefoon of tablet die u van de gemeente hebt gekregen. Staat de app er toch op? Verwijder de
            app dan. Hebt u de app echt nodig voor uw werk, bijvoorbeeld voor toezicht of opsporing? Neem dan contact op met de CISO over een uitzondering.
          </p>
        </div>
        <div className="border-l-4 border-border bg-bg-subtle p-4">
          <h3 className="utrecht-heading-3">Ontraden</h3>
          <p className="utrecht-paragraph mt-2">
            Gebruikt u uw eigen telefoon ook voor uw werk, bijvoorbeeld voor e-mail of chat? Dan raden wij u af om deze app
            daarop te gebruiken. Het is niet verboden, maar het is wel veiliger.
          </p>
        </div>
      </div>
      <p className="utrecht-paragraph">
        Woont u in de gemeente en werkt u er niet? Dan geldt deze lijst niet voor u. U kiest zelf welke apps u gebruikt. De lijst
        is openbaar, zodat iedereen kan zien welke keuzes de gemeente maakt.
      </p>
    </section>
  );
}
