import type { Metadata } from "next";
import { connection } from "next/server";
import { getOrganisation } from "@/db/queries/organisation";
import { PageHeader } from "@/components/page-header";

export const metadata: Metadata = { title: "Privacy" };

const staffData: { data: string; purpose: string; retention: string }[] = [
  {
    data: "Naam, e-mailadres, functie, afdeling en uw rol in dit portaal (bijvoorbeeld medewerker, raadslid of CISO)",
    purpose: "U kunt inloggen en ziet wat bij uw rol hoort. Wij kunnen u berichten sturen over het beleid.",
    retention: "Zolang u een account hebt. Daarna zetten wij het account uit. Uw naam blijft staan bij wat u eerder hebt gedaan.",
  },
  {
    data: "Risicogroep: bestuurder, topfunctie, functie met veiligheidsrisico of standaard",
    purpose: "De VNG adviseert om eerst te letten op functies met het grootste risico. Voor bestuurders gelden strengere regels bij uitzonderingen.",
    retention: "Zolang u een account hebt.",
  },
  {
    data: "Inlogpogingen: e-mailadres, IP-adres, tijdstip en of het lukte",
    purpose: "Wij blokkeren het raden van wachtwoorden. Na vijf mislukte pogingen binnen een kwartier kunt u tijdelijk niet inloggen.",
    retention: "Zolang nodig is om misbruik te onderzoeken, en nooit langer dan het auditlog.",
  },
  {
    data: "Sessies: wanneer u inlogde en vanaf welk IP-adres",
    purpose: "U blijft ingelogd tot u uitlogt, maar hoogstens acht uur. Zo kan niemand anders verder met uw sessie.",
    retention: "Zolang nodig is om misbruik te onderzoeken.",
  },
  {
    data: "Kennisnames, aanvragen voor een uitzondering (met reden en apparaat) en het besluit daarover",
    purpose: "Wij moeten kunnen laten zien dat iedereen het beleid kent, en waarom iemand een uitzondering heeft.",
    retention: "Volgens de Archiefwet en de selectielijst voor gemeenten.",
  },
  {
    data: "Gegevens van werkapparaten uit het beheersysteem: apparaatnaam, gebruiker en apps die op de lijst staan",
    purpose: "Wij controleren of verboden apps van werktelefoons en werktablets verdwijnen.",
    retention: "Tot de volgende controle, en in het verslag daarvan volgens de selectielijst.",
  },
  {
    data: "Auditlog: wie wat deed in het portaal, wanneer, met welk resultaat en vanaf welk IP-adres",
    purpose: "De Baseline Informatiebeveiliging Overheid (BIO) verplicht ons om belangrijke handelingen vast te leggen. Zo kunnen wij fouten en misbruik onderzoeken en verantwoorden wat er is besloten.",
    retention: "Meerdere jaren, volgens de Archiefwet en de selectielijst voor gemeenten. Niemand kan het auditlog achteraf wijzigen.",
  },
];

export default async function PrivacyPage() {
  await connection();
  const organisation = await getOrganisation();
  return (
    <>
      <PageHeader
        title="Privacy"
        crumbs={[{ href: "/", label: "Startpagina" }]}
        intro={`Op deze website staat het beleid van ${organisation.name} over apps uit landen met een offensief cyberprogramma. Medewerkers en raadsleden gebruiken de website ook om het beleid uit te voeren. Hier leest u welke gegevens wij daarvoor bewaren, waarom en hoe lang.`}
      />
      <div className="flex flex-col gap-4">
        <div className="flex max-w-3xl flex-col gap-4">
          <h2 className="utrecht-heading-2">Wie is verantwoordelijk?</h2>
          <p className="utrecht-paragraph">
            Het college van burgemeester en wethouders van {organisation.name} is verantwoordelijk voor de gegevens op deze website.
            Wij houden ons aan de Algemene verordening gegevensbescherming (AVG). Wij gebruiken uw gegevens omdat dat nodig is voor
            onze publieke taak: de informatie van de gemeente beveiligen (AVG artikel 6, lid 1, onder e). Voor het bewaren in het
            archief is dat een wettelijke plicht (artikel 6, lid 1, onder c).
          </p>

          <h2 className="utrecht-heading-2 mt-6">Als u de openbare pagina&apos;s bekijkt</h2>
          <p className="utrecht-paragraph">
            Op de openbare pagina&apos;s en in de open data staan geen persoonsgegevens. Wij plaatsen geen cookies voor statistieken of
            advertenties en wij volgen u niet. Alleen als u inlogt, gebruiken wij een cookie die nodig is om ingelogd te blijven.
          </p>

          <h2 className="utrecht-heading-2 mt-6">Als u inlogt als medewerker of raadslid</h2>
          <p className="utrecht-paragraph">Wij bewaren dan de volgende gegevens over u.</p>
        </div>
        <div className="portal-table-wrap" role="region" aria-labelledby="gegevens-caption" tabIndex={0}>
          <table className="utrecht-table utrecht-table--html-table">
            <caption id="gegevens-caption" className="utrecht-table__caption text-left">Gegevens over medewerkers en raadsleden</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Welke gegevens</th>
                <th scope="col" className="utrecht-table__header-cell">Waarom</th>
                <th scope="col" className="utrecht-table__header-cell">Hoe lang</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {staffData.map((row) => (
                <tr key={row.data} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell text-left font-bold">{row.data}</th>
                  <td className="utrecht-table__cell">{row.purpose}</td>
                  <td className="utrecht-table__cell">{row.retention}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="flex max-w-3xl flex-col gap-4">
          <h2 className="utrecht-heading-2 mt-6">Wie kan uw gegevens zien?</h2>
          <p className="utrecht-paragraph">
            Alleen mensen die dat nodig hebben voor hun werk: de CISO (de verantwoordelijke voor informatiebeveiliging), de
            beheerders van dit portaal en, voor raadsvragen en memo&apos;s, de griffie. Wij geven uw gegevens niet aan anderen, tenzij
            de wet ons dat verplicht.
          </p>

          <h2 className="utrecht-heading-2 mt-6">Uw rechten</h2>
          <p className="utrecht-paragraph">
            U mag vragen welke gegevens wij over u hebben. Klopt er iets niet? Dan kunt u vragen om het te verbeteren. Het auditlog
            passen wij niet aan, want dat moet betrouwbaar blijven. Wel leggen wij de verbetering vast. U kunt ook bezwaar maken
            tegen het gebruik van uw gegevens.
          </p>
          <p className="utrecht-paragraph">
            Stuur uw vraag naar de functionaris gegevensbescherming van de gemeente
            {organisation.contactEmail ? (
              <>
                {" "}via <a className="utrecht-link" href={`mailto:${organisation.contactEmail}`}>{organisation.contactEmail}</a>
              </>
            ) : null}
            . U krijgt binnen een maand antwoord. Bent u het niet eens met ons antwoord? Dan kunt u een klacht indienen bij de{" "}
            <a className="utrecht-link" href="https://www.autoriteitpersoonsgegevens.nl">Autoriteit Persoonsgegevens</a>.
          </p>
        </div>
      </div>
    </>
  );
}
