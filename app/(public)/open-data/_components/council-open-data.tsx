import { Fragment, type ReactNode } from "react";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@/lib/api/council-params";

// The council part of /open-data: the raadsvragen and collegebesluiten in the API, and how their fields map onto
// the VNG ODS Open Raadsinformatie model. Keep in step with lib/api/council-representation.ts.

const endpoints = [
  { path: "/raadsvragen", description: "De beantwoorde raadsvragen, de laatst ontvangen eerst. Met de parameters pagina en paginaGrootte." },
  { path: "/raadsvragen/{id}", description: "Eén beantwoorde raadsvraag met alle vragen en antwoorden, bijvoorbeeld /raadsvragen/1." },
  { path: "/besluiten", description: "De gepubliceerde collegebesluiten met mijlpalen en voortgang, het nieuwste besluit eerst. Met pagina en paginaGrootte." },
  { path: "/besluiten/{id}", description: "Eén collegebesluit met mijlpalen, voortgang en bijlagen, bijvoorbeeld /besluiten/1." },
];

// Our field, the word in Open Raadsinformatie (null: our own addition), and what it means.
const mapping: { field: string; ods: string | null; meaning: string }[] = [
  { field: "indiener", ods: "indiener", meaning: "Wie de vragen stelde. Een lijst met namen, want soms stellen raadsleden samen vragen." },
  { field: "fractie", ods: "fractie", meaning: "De fractie van de indiener." },
  { field: "vraagtype", ods: "vraagtype", meaning: "De soort vraag, bijvoorbeeld \"schriftelijke vragen\"." },
  { field: "informatieobjecttype", ods: "informatieobjecttype", meaning: "De soort document: \"schriftelijke vragen\" (de vragen), \"beantwoording\" (de antwoordbrief) of \"besluit\"." },
  { field: "onderwerp", ods: "onderwerp", meaning: "Waar de vragen of het besluit over gaan." },
  { field: "kenmerk", ods: "kenmerk", meaning: "Het kenmerk dat de griffie aan de vragen gaf." },
  { field: "ontvangenOp", ods: "datum", meaning: "De dag waarop de griffie de vragen ontving." },
  { field: "antwoord.datum", ods: "datum", meaning: "De datum van de antwoordbrief van het college." },
  { field: "antwoord.ondertekenaars", ods: "ondertekenaar", meaning: "Wie de antwoordbrief ondertekenden, zoals de secretaris en de burgemeester." },
  { field: "nummer, datum", ods: "besluit", meaning: "Het nummer en de datum van het collegebesluit." },
  { field: "artikelReglementVanOrde", ods: null, meaning: "Het artikel van het Reglement van Orde waarop de vragen steunen." },
  { field: "vragen", ods: null, meaning: "De genummerde vragen, elk met het antwoord van het college." },
  { field: "mijlpalen, voortgang", ods: null, meaning: "Hoe het besluit wordt uitgevoerd: de stappen met hun datums, en of dat op schema loopt." },
];

const progress = [
  { value: "op-schema", meaning: "Geen open stap hoeft binnen 7 dagen klaar te zijn." },
  { value: "risico", meaning: "Een open stap moet binnen 7 dagen klaar zijn." },
  { value: "te-laat", meaning: "Een open stap is niet op tijd klaar." },
  { value: "afgerond", meaning: "Het besluit is uitgevoerd, of alle stappen zijn klaar." },
  { value: "gestopt", meaning: "Het besluit is ingetrokken." },
];

function Table({ id, caption, head, children }: { id: string; caption: string; head: string[]; children: ReactNode }) {
  return (
    <div className="portal-table-wrap" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption id={id} className="utrecht-table__caption text-left">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {head.map((h) => <th key={h} scope="col" className="utrecht-table__header-cell">{h}</th>)}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}

function CodeBlock({ label, children }: { label: string; children: string }) {
  return (
    <pre className="utrecht-code-block overflow-x-auto" tabIndex={0} aria-label={label}>
      <code className="utrecht-code-block__content">{children}</code>
    </pre>
  );
}

const cell = "utrecht-table__cell";

export function CouncilOpenData({ api }: { api: string }) {
  return (
    <>
      <h2 id="raadsinformatie" className="utrecht-heading-2 mt-6">Raadsvragen en collegebesluiten</h2>
      <p className="utrecht-paragraph">
        Ook de raadsvragen over dit onderwerp en de besluiten van het college zijn open data. U krijgt alleen wat openbaar is:
        raadsvragen waarvan de antwoordbrief is gepubliceerd, en collegebesluiten die zijn gepubliceerd. Namen en e-mailadressen
        van medewerkers die een besluit uitvoeren staan er niet in. Van een bijlage krijgt u de titel, de bestandsnaam en de grootte.
      </p>
      <Table id="raad-adressen-caption" caption="Adressen voor raadsvragen en collegebesluiten" head={["Adres", "Wat u krijgt"]}>
        {endpoints.map((e) => (
          <tr key={e.path} className="utrecht-table__row">
            <th scope="row" className={`${cell} text-left font-normal`}><code className="utrecht-code">GET {e.path}</code></th>
            <td className={cell}>{e.description}</td>
          </tr>
        ))}
      </Table>

      <h3 className="utrecht-heading-3 mt-4">Bladeren</h3>
      <p className="utrecht-paragraph">
        Deze lijsten komen in pagina&apos;s. Met <code className="utrecht-code">pagina</code> kiest u de pagina (standaard 1). Met{" "}
        <code className="utrecht-code">paginaGrootte</code> kiest u hoeveel er op een pagina staan (standaard {DEFAULT_PAGE_SIZE},
        hoogstens {MAX_PAGE_SIZE}). In het antwoord staat bij <code className="utrecht-code">aantal</code> hoeveel er in totaal zijn.
        Onder <code className="utrecht-code">_links</code> staan de adressen van de eerste pagina (first), de vorige (prev), de
        volgende (next) en de laatste (last).
      </p>
      <CodeBlock label="Voorbeeld: de eerste tien raadsvragen">{`curl -i "${api}/raadsvragen?pagina=1&paginaGrootte=10"`}</CodeBlock>
      <CodeBlock label="Voorbeeld: één collegebesluit">{`curl -i "${api}/besluiten/1"`}</CodeBlock>
      <p className="utrecht-paragraph">Een raadsvraag in het antwoord (ingekort):</p>
      <CodeBlock label="Voorbeeld van een raadsvraag">{`{
  "id": 1,
  "kenmerk": "RIS 2023-114",
  "onderwerp": "TikTok op zakelijke apparaten van de gemeente",
  "vraagtype": "schriftelijke vragen",
  "informatieobjecttype": "schriftelijke vragen",
  "indiener": ["A. de Vries"],
  "fractie": "Voorbeeldpartij",
  "ontvangenOp": "2023-03-21",
  "vragen": [
    { "nummer": 1, "vraag": "Is het college bekend met het artikel?", "antwoord": "Ja." }
  ],
  "antwoord": {
    "informatieobjecttype": "beantwoording",
    "datum": "2023-05-09",
    "ondertekenaars": ["de secretaris", "de burgemeester"],
    "gepubliceerdOp": "2023-05-09T08:00:00.000Z"
  }
}`}</CodeBlock>

      <h3 className="utrecht-heading-3 mt-4">Zo sluiten onze velden aan op Open Raadsinformatie</h3>
      <p className="utrecht-paragraph">
        Gemeenten publiceren raadsstukken volgens het model Open Raadsinformatie van de VNG (ODS). Waar dat model een woord heeft,
        gebruiken wij hetzelfde woord. Zo kunt u onze gegevens naast die van andere gemeenten leggen. Velden die het model niet
        kent, hebben wij zelf toegevoegd.
      </p>
      <Table id="ods-caption" caption="Onze velden en de begrippen van Open Raadsinformatie" head={["Ons veld", "Begrip bij Open Raadsinformatie", "Betekenis"]}>
        {mapping.map((m) => (
          <tr key={m.field} className="utrecht-table__row">
            <th scope="row" className={`${cell} text-left font-normal`}><code className="utrecht-code">{m.field}</code></th>
            <td className={cell}>{m.ods ?? "Eigen veld"}</td>
            <td className={cell}>{m.meaning}</td>
          </tr>
        ))}
      </Table>

      <h3 className="utrecht-heading-3 mt-4">Voortgang van een besluit</h3>
      <p className="utrecht-paragraph">
        Het veld <code className="utrecht-code">voortgang</code> rekenen wij uit op de dag dat u de gegevens opvraagt. Het kan
        deze waarden hebben:
      </p>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[8rem_1fr]">
        {progress.map((p) => (
          <Fragment key={p.value}>
            <dt><code className="utrecht-code">{p.value}</code></dt>
            <dd>{p.meaning}</dd>
          </Fragment>
        ))}
      </dl>
      <p className="utrecht-paragraph">
        Een raadsvraag zonder gepubliceerd antwoord, of een besluit dat nog niet is gepubliceerd, geeft 404, net als een id dat
        niet bestaat.
      </p>
    </>
  );
}
