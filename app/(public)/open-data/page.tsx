import type { Metadata } from "next";
import { headers } from "next/headers";
import { Fragment } from "react";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { ButtonLink } from "@/components/button-link";
import { apiChangelog } from "@/lib/api/changelog";
import { API_VERSION } from "@/lib/api/problem";
import { formatDate } from "@/lib/dates";
import { configuredOrigin } from "@/lib/users/invitations";
import { CouncilOpenData } from "./_components/council-open-data";

export const metadata: Metadata = { title: "Open data" };

const endpoints: { path: string; description: string }[] = [
  { path: "", description: "Het startpunt: links naar alle adressen hieronder en naar deze uitleg." },
  { path: "/lijstversies", description: "Alle gepubliceerde lijstversies, de nieuwste eerst, met het aantal apps en landen." },
  { path: "/lijstversies/actueel", description: "De nieuwste lijstversie, met wat er is toegevoegd, verwijderd en gewijzigd." },
  { path: "/lijstversies/{nummer}", description: "Eén lijstversie met haar wijzigingen, bijvoorbeeld /lijstversies/1." },
  { path: "/apps", description: "De apps van de actuele lijstversie. Met de parameters lijstversie, land, zoek en formaat." },
  { path: "/landen", description: "De landen met een offensief cyberprogramma. Met de parameter lijstversie." },
  { path: "/openapi.json", description: "De technische beschrijving van de API in OpenAPI 3.0." },
];

const parameters: { name: string; description: string }[] = [
  { name: "lijstversie", description: "Het nummer van een lijstversie. Zonder deze parameter krijgt u de actuele versie." },
  { name: "land", description: "Een landcode van twee letters (ISO 3166-1), bijvoorbeeld CN voor China." },
  { name: "zoek", description: "Een zoekwoord in naam, leverancier, categorie, bundel-ID of pakketnaam (hoogstens 100 tekens)." },
  { name: "formaat", description: "json (standaard) of csv. U kunt ook de header Accept: text/csv meesturen." },
];

/** The portal's public address (as the API's own links), so the examples can be copied as they are. */
async function baseUrl() {
  const configured = configuredOrigin();
  if (configured) return `${configured}/api/v1`;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  return `${proto}://${host}/api/v1`;
}

function CodeBlock({ label, children }: { label: string; children: string }) {
  return (
    <pre className="utrecht-code-block overflow-x-auto" tabIndex={0} aria-label={label}>
      <code className="utrecht-code-block__content">{children}</code>
    </pre>
  );
}

export default async function OpenDataPage() {
  await connection();
  const api = await baseUrl();
  return (
    <>
      <PageHeader
        title="Open data"
        crumbs={[{ href: "/", label: "Startpagina" }]}
        intro="De lijst met landen en apps is open data, net als de beantwoorde raadsvragen en de collegebesluiten hierover. Iedereen mag de gegevens gebruiken, kopiëren en verspreiden, ook andere gemeenten en bedrijven."
      />
      <div className="flex max-w-4xl flex-col gap-4">
        <h2 className="utrecht-heading-2">Licentie</h2>
        <p className="utrecht-paragraph">
          Wij stellen de gegevens beschikbaar onder{" "}
          <a className="utrecht-link" href="https://creativecommons.org/publicdomain/zero/1.0/deed.nl">CC0 1.0 Universeel</a>. U hoeft
          geen toestemming te vragen en geen bron te noemen. Een bronvermelding stellen wij wel op prijs.
        </p>

        <h2 className="utrecht-heading-2 mt-6">De API</h2>
        <p className="utrecht-paragraph">
          De API volgt de API-designregels van de Nederlandse overheid (NL API Design Rules 2.2). U hebt geen sleutel nodig. De API
          kan alleen gelezen worden (GET) en mag vanaf elke website worden aangeroepen (CORS). Alle adressen beginnen met:
        </p>
        <CodeBlock label="Basisadres van de API">{api}</CodeBlock>

        <div className="portal-table-wrap" role="region" aria-labelledby="adressen-caption" tabIndex={0}>
          <table className="utrecht-table utrecht-table--html-table">
            <caption id="adressen-caption" className="utrecht-table__caption text-left">Adressen van de API</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Adres</th>
                <th scope="col" className="utrecht-table__header-cell">Wat u krijgt</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {endpoints.map((e) => (
                <tr key={e.path} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell text-left font-normal"><code className="utrecht-code">GET {e.path || "(basisadres)"}</code></th>
                  <td className="utrecht-table__cell">{e.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <h3 className="utrecht-heading-3 mt-4">Parameters</h3>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[8rem_1fr]">
          {parameters.map((p) => (
            <Fragment key={p.name}>
              <dt><code className="utrecht-code">{p.name}</code></dt>
              <dd>{p.description}</dd>
            </Fragment>
          ))}
        </dl>

        <h2 className="utrecht-heading-2 mt-6">Voorbeelden</h2>
        <p className="utrecht-paragraph">TikTok zoeken in de actuele lijstversie:</p>
        <CodeBlock label="Voorbeeld: een app zoeken">{`curl -i "${api}/apps?zoek=tiktok"`}</CodeBlock>
        <p className="utrecht-paragraph">Het antwoord (ingekort):</p>
        <CodeBlock label="Voorbeeld van een antwoord">{`HTTP/1.1 200 OK
Content-Type: application/json
API-Version: ${API_VERSION}
Access-Control-Allow-Origin: *

{
  "lijstversie": 1,
  "aantal": 1,
  "apps": [
    {
      "naam": "TikTok",
      "leverancier": "Bytedance",
      "landcode": "CN",
      "maatregel": "verboden",
      "iosBundelId": "com.zhiliaoapp.musically",
      "iosGeverifieerd": false,
      "androidPakketnaam": "com.zhiliaoapp.musically",
      "androidGeverifieerd": false
    }
  ]
}`}</CodeBlock>
        <p className="utrecht-paragraph">De apps van lijstversie 1 als CSV-bestand:</p>
        <CodeBlock label="Voorbeeld: CSV downloaden">{`curl -o apps.csv "${api}/apps?lijstversie=1&formaat=csv"`}</CodeBlock>

        <CouncilOpenData api={api} />

        <h2 className="utrecht-heading-2 mt-6">Goed om te weten</h2>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">
            <strong>Maatregel.</strong> &quot;verboden&quot; betekent: niet toegestaan op telefoons en tablets van de gemeente.
            &quot;ontraden&quot; betekent: afgeraden op een eigen telefoon die ook voor het werk wordt gebruikt.
          </li>
          <li className="utrecht-unordered-list__item">
            <strong>Geverifieerd.</strong> Bij false komt de bundel-ID of pakketnaam uit een openbare bron en heeft de CISO die nog
            niet gecontroleerd in de App Store of Google Play.
          </li>
          <li className="utrecht-unordered-list__item">
            <strong>Datums</strong> volgen RFC 3339, bijvoorbeeld 2023-02-23 of 2023-06-29T10:00:00.000Z (UTC).
          </li>
          <li className="utrecht-unordered-list__item">
            <strong>Versies.</strong> Elk antwoord heeft de header API-Version (nu {API_VERSION}). Verandert de API zo dat bestaande
            toepassingen niet meer werken, dan komt er een nieuw adres (/api/v2) en blijft /api/v1 nog een tijd bestaan.
          </li>
          <li className="utrecht-unordered-list__item">
            <strong>Fouten</strong> krijgt u als application/problem+json (RFC 9457) met een Nederlandse uitleg, bijvoorbeeld 404 bij
            een lijstversie die niet bestaat en 400 bij een ongeldige parameter. Kloppen meer parameters niet, dan staan ze allemaal
            in invalidParams. Iets versturen (POST, PUT, PATCH of DELETE) geeft 405 met de header Allow: GET, HEAD, OPTIONS. Een
            adres eindigt nooit op een schuine streep.
          </li>
          <li className="utrecht-unordered-list__item">
            <strong>Gepubliceerde versies veranderen niet.</strong> Een wijziging in de lijst wordt altijd een nieuwe lijstversie.
          </li>
          <li className="utrecht-unordered-list__item">
            <strong>Controleren dat niets is aangepast.</strong> Elke lijstversie heeft een inhoudHash: een vingerafdruk (SHA-256) van
            de landen en apps in die versie. De auditketenHash is de stand van het auditlog op het moment van publiceren. Bewaar
            beide waarden. Klopt een waarde later niet meer met wat de API geeft, dan is er achteraf iets veranderd. Meld dat dan
            bij de gemeente.
          </li>
        </ul>

        <h2 id="wijzigingen" className="utrecht-heading-2 mt-6">Wijzigingen in de API</h2>
        {apiChangelog.map((entry) => (
          <Fragment key={entry.version}>
            <h3 className="utrecht-heading-3">Versie {entry.version} ({formatDate(entry.date)})</h3>
            <ul className="utrecht-unordered-list">
              {entry.changes.map((change) => (
                <li key={change} className="utrecht-unordered-list__item">{change}</li>
              ))}
            </ul>
          </Fragment>
        ))}
        <p className="utrecht-paragraph">
          Vragen over de API of een fout gevonden? Gebruik de gegevens op de pagina <a className="utrecht-link" href="/contact">Contact</a>{" "}
          en noem &quot;open-data-API&quot;.
        </p>

        <div className="mt-4 flex flex-wrap gap-3">
          <ButtonLink href="/api/v1/openapi.json" download variant="primary">OpenAPI-beschrijving (JSON)</ButtonLink>
          <ButtonLink href="/api/v1/apps?formaat=csv" download>Download de apps (CSV)</ButtonLink>
        </div>
      </div>
    </>
  );
}
