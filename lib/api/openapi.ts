import { councilParameters, councilPaths, councilResponses, councilSchemas, councilTag } from "./openapi-council";
import { listSchemas } from "./openapi-lists";
import { API_VERSION } from "./problem";

// The OpenAPI 3.0 description of the open-data API (NL API Design Rules API-51: published as
// /api/v1/openapi.json). A test compares its paths with the route handlers under app/api/v1.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const problem = (name: string) => ({ $ref: `#/components/responses/${name}` });

const commonHeaders = {
  "API-Version": { $ref: "#/components/headers/API-Version" },
  "Access-Control-Allow-Origin": { $ref: "#/components/headers/Access-Control-Allow-Origin" },
};

const ok = (description: string, schema: object, extra: Record<string, object> = {}) => ({
  description,
  headers: commonHeaders,
  content: { "application/json": { schema }, ...extra },
});

const schemas = {
  ...councilSchemas,
  ...listSchemas,
};

const problemResponse = (description: string) => ({
  description,
  headers: commonHeaders,
  content: { "application/problem+json": { schema: ref("Probleem") } },
});

export const API_TITLE = "Open data: apps uit landen met een offensief cyberprogramma";

export function openApiDocument(options: { serverUrl: string; contactName: string; contactUrl: string; contactEmail?: string }) {
  return {
    openapi: "3.0.3",
    info: {
      title: API_TITLE,
      description:
        `De gepubliceerde lijstversies met landen en apps die op werkapparaten verboden zijn of op privéapparaten voor werk worden ontraden, en de beantwoorde raadsvragen en gepubliceerde collegebesluiten. Alleen lezen; geen sleutel nodig. Fouten volgen RFC 9457, datums RFC 3339. Uitleg en wijzigingen per versie: ${options.contactUrl}.`,
      version: API_VERSION,
      contact: { name: options.contactName, url: options.contactUrl, ...(options.contactEmail ? { email: options.contactEmail } : {}) },
      license: { name: "CC0 1.0 Universeel", url: "https://creativecommons.org/publicdomain/zero/1.0/deed.nl" },
    },
    servers: [{ url: options.serverUrl, description: "Deze omgeving" }],
    tags: [{ name: "Lijsten", description: "Gepubliceerde lijstversies, landen en apps" }, councilTag, { name: "Beschrijving", description: "Deze API-beschrijving" }],
    paths: {
      "/": {
        get: {
          operationId: "getIndex",
          tags: ["Beschrijving"],
          summary: "Startpunt met links naar alle bronnen en deze beschrijving",
          description: "Geeft de naam en versie van de API en links naar de lijstversies, apps, landen, deze beschrijving en de uitleg voor mensen.",
          responses: { "200": ok("Het startpunt.", ref("Index")) },
        },
      },
      "/lijstversies": {
        get: {
          operationId: "listLijstversies",
          tags: ["Lijsten"],
          summary: "Alle gepubliceerde lijstversies, nieuwste eerst",
          description: "Elke lijstversie met moment van publicatie, toelichting en het aantal apps en landen. Een gepubliceerde versie verandert nooit meer.",
          responses: { "200": ok("De lijstversies.", ref("Lijstversies")) },
        },
      },
      "/lijstversies/actueel": {
        get: {
          operationId: "getActueleLijstversie",
          tags: ["Lijsten"],
          summary: "De nieuwste lijstversie met haar wijzigingen",
          description: "Wat er in de nieuwste versie is toegevoegd, verwijderd en gewijzigd ten opzichte van de versie ervoor.",
          responses: { "200": ok("De actuele lijstversie.", ref("LijstversieMetWijzigingen")), "404": problem("NietGevonden") },
        },
      },
      "/lijstversies/{nummer}": {
        get: {
          operationId: "getLijstversie",
          tags: ["Lijsten"],
          summary: "Eén lijstversie met haar wijzigingen",
          description: "Een nummer dat geen lijstversie is geeft 404; iets anders dan een positief geheel getal geeft 400.",
          parameters: [param("nummer")],
          responses: { "200": ok("De lijstversie.", ref("LijstversieMetWijzigingen")), "400": problem("OngeldigeVraag"), "404": problem("NietGevonden") },
        },
      },
      "/apps": {
        get: {
          operationId: "listApps",
          tags: ["Lijsten"],
          summary: "De apps van de actuele of een gekozen lijstversie",
          description: "Geeft CSV in plaats van JSON met formaat=csv of de header Accept: text/csv.",
          parameters: [param("lijstversie"), param("land"), param("zoek"), param("formaat")],
          responses: {
            "200": ok("De apps, alfabetisch op naam.", ref("Apps"), { "text/csv": { schema: { type: "string" } } }),
            "400": problem("OngeldigeVraag"),
            "404": problem("NietGevonden"),
          },
        },
      },
      "/landen": {
        get: {
          operationId: "listLanden",
          tags: ["Lijsten"],
          summary: "De landen met een offensief cyberprogramma in de actuele of een gekozen lijstversie",
          description: "Per land de grondslag, de datum van opname en de datum waarop de plaatsing uiterlijk opnieuw wordt beoordeeld.",
          parameters: [param("lijstversie")],
          responses: { "200": ok("De landen, alfabetisch op naam.", ref("Landen")), "400": problem("OngeldigeVraag"), "404": problem("NietGevonden") },
        },
      },
      ...councilPaths,
      "/openapi.json": {
        get: {
          operationId: "getOpenApi",
          tags: ["Beschrijving"],
          summary: "Deze beschrijving in OpenAPI 3.0",
          description: "Ook te lezen vanaf andere websites (CORS). De uitleg voor mensen staat op de pagina Open data van het portaal.",
          responses: { "200": ok("Het OpenAPI-document.", { type: "object" }) },
        },
      },
    },
    components: {
      schemas,
      parameters: {
        nummer: { name: "nummer", in: "path", required: true, description: "Nummer van de lijstversie.", schema: { type: "integer", minimum: 1 } },
        lijstversie: { name: "lijstversie", in: "query", required: false, description: "Nummer van de lijstversie; zonder deze parameter de actuele versie.", schema: { type: "integer", minimum: 1 } },
        land: { name: "land", in: "query", required: false, description: "Alleen apps uit dit land (ISO 3166-1 alpha-2).", schema: { type: "string", pattern: "^[A-Za-z]{2}$" }, example: "CN" },
        zoek: { name: "zoek", in: "query", required: false, description: "Zoekt in naam, leverancier, categorie en app-ID's.", schema: { type: "string", maxLength: 100 }, example: "tiktok" },
        formaat: { name: "formaat", in: "query", required: false, schema: { type: "string", enum: ["json", "csv"], default: "json" } },
        ...councilParameters,
      },
      headers: {
        "API-Version": { description: "Volledige versie van de API (major.minor.patch).", schema: { type: "string", example: API_VERSION } },
        "Access-Control-Allow-Origin": { description: "De API mag vanaf elke website gelezen worden.", schema: { type: "string", example: "*" } },
      },
      responses: {
        NietGevonden: problemResponse("De lijstversie bestaat niet, of er is nog geen versie gepubliceerd."),
        OngeldigeVraag: problemResponse("Een of meer parameters hebben een ongeldige waarde; invalidParams noemt ze allemaal."),
        ...councilResponses,
      },
    },
  };
}
