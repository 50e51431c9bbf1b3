import type { Metadata } from "next";
import { connection } from "next/server";
import { getOrganisation } from "@/db/queries/organisation";
import { PageHeader } from "@/components/page-header";
import { formatDate } from "@/lib/dates";

export const metadata: Metadata = { title: "Toegankelijkheid" };

// Update together with the text whenever the statement changes.
const STATEMENT_UPDATED_ON = "2026-11-25";

export default async function AccessibilityPage() {
  await connection();
  const organisation = await getOrganisation();
  return (
    <>
      <PageHeader
        title="Toegankelijkheid"
        crumbs={[{ href: "/", label: "Startpagina" }]}
        intro={`${organisation.name} wil dat iedereen deze website kan gebruiken. Ook mensen met een beperking, bijvoorbeeld mensen die slecht zien of alleen een toetsenbord gebruiken.`}
      />
      <div className="flex max-w-3xl flex-col gap-4">
        <h2 className="utrecht-heading-2">Welke eisen gelden?</h2>
        <p className="utrecht-paragraph">
          Websites van de overheid moeten toegankelijk zijn. Dat staat in het Besluit digitale toegankelijkheid overheid. Wij
          houden ons aan de internationale richtlijnen WCAG 2.2, niveau AA. Die richtlijnen beschrijven wat een website nodig
          heeft om goed bruikbaar te zijn voor iedereen.
        </p>

        <h2 className="utrecht-heading-2 mt-6">Wat doen wij?</h2>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">We bouwen met de onderdelen van NL Design System, de gezamenlijke huisstijlbouwstenen van de overheid.</li>
          <li className="utrecht-unordered-list__item">Elke pagina heeft één hoofdkop en een link &quot;Direct naar de inhoud&quot;.</li>
          <li className="utrecht-unordered-list__item">
            Bijna elke pagina heeft ook een kruimelpad. Dat laat zien waar u bent. Alleen de startpagina, de pagina&apos;s om in te
            loggen en een wachtwoord te kiezen en de foutpagina&apos;s hebben geen kruimelpad.
          </li>
          <li className="utrecht-unordered-list__item">U kunt alles bedienen met alleen een toetsenbord. U ziet altijd waar u bent.</li>
          <li className="utrecht-unordered-list__item">Tabellen hebben een titel en kolomkoppen, zodat een schermlezer ze goed voorleest.</li>
          <li className="utrecht-unordered-list__item">Formulieren hebben bij elk veld een label en uitleg. Gaat er iets mis, dan staat bij het veld wat er mis is en bovenaan een overzicht van alle fouten.</li>
          <li className="utrecht-unordered-list__item">We testen elke nieuwe versie van de website automatisch op de regels van WCAG 2.2 niveau AA.</li>
        </ul>

        <h2 className="utrecht-heading-2 mt-6">Hoe ver zijn we?</h2>
        <p className="utrecht-paragraph">
          De automatische tests vinden op dit moment geen fouten. Maar automatische tests vinden niet alle problemen. Een
          onafhankelijke deskundige heeft de website nog niet volledig onderzocht. Daarom zeggen wij nog niet dat de website
          volledig aan de eisen voldoet. Zodra het onderzoek klaar is, leest u de uitkomst op deze pagina.
        </p>
        <p className="utrecht-paragraph">Wat wij al weten:</p>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">
            Het CSV-bestand en de API zijn bedoeld voor computers. Dezelfde gegevens staan in toegankelijke tabellen op de pagina met de huidige lijst.
          </li>
          <li className="utrecht-unordered-list__item">
            Bijlagen die medewerkers toevoegen, zoals pdf-bestanden bij een memo, zijn niet altijd toegankelijk. Vraag ons gerust om een andere vorm.
          </li>
        </ul>

        <h2 className="utrecht-heading-2 mt-6">Werkt iets niet goed?</h2>
        <p className="utrecht-paragraph">
          Kunt u iets op deze website niet lezen of gebruiken? Laat het ons weten
          {organisation.contactEmail ? (
            <>
              {" "}via <a className="utrecht-link" href={`mailto:${organisation.contactEmail}`}>{organisation.contactEmail}</a>
            </>
          ) : null}
          . Vertel op welke pagina het was en wat er misging. U krijgt binnen vijf werkdagen antwoord. Wij sturen u de informatie
          ook op een andere manier als u dat wilt.
        </p>
        <p className="utrecht-paragraph">
          Bent u niet tevreden met ons antwoord? Dan kunt u een klacht indienen bij de gemeente. Komen we er samen niet uit?
          Dan kunt u terecht bij de <a className="utrecht-link" href="https://www.nationaleombudsman.nl">Nationale ombudsman</a>.
        </p>

        <p className="utrecht-paragraph mt-6">Deze verklaring is voor het laatst bijgewerkt op {formatDate(STATEMENT_UPDATED_ON)}.</p>
      </div>
    </>
  );
}
