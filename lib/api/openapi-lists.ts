import { API_VERSION } from "./problem";

// The schemas of the list part of the open-data API (versions, apps, countries, the index and the problem
// body); openapi.ts puts them together with the council schemas into one document.
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullableString = (description: string, example?: string) => ({ type: "string", nullable: true, description, ...(example ? { example } : {}) });
const date = (description: string) => ({ type: "string", format: "date", description, example: "2023-02-23" });

const section = {
  type: "object",
  required: ["toegevoegd", "verwijderd", "gewijzigd"],
  properties: {
    toegevoegd: { type: "array", items: ref("Item") },
    verwijderd: { type: "array", items: ref("Item") },
    gewijzigd: { type: "array", items: ref("GewijzigdItem") },
  },
};

export const listSchemas = {
  Link: { type: "object", required: ["href"], properties: { href: { type: "string", format: "uri" } } },
  Lijstversie: {
    type: "object",
    required: ["nummer", "gepubliceerdOp", "toelichting", "aantalApps", "aantalLanden", "inhoudHash", "auditketenHash", "_links"],
    properties: {
      nummer: { type: "integer", minimum: 1, description: "Volgnummer van de lijstversie.", example: 1 },
      gepubliceerdOp: { type: "string", format: "date-time", description: "Moment van publicatie (RFC 3339).", example: "2023-06-29T10:00:00.000Z" },
      toelichting: { type: "string", description: "Toelichting van de CISO bij deze versie." },
      aantalApps: { type: "integer", minimum: 0 },
      aantalLanden: { type: "integer", minimum: 0 },
      inhoudHash: {
        type: "string", nullable: true, pattern: "^[0-9a-f]{64}$",
        description: "SHA-256 (hex) over de canonieke JSON van de landen en apps van deze versie, vastgelegd bij publicatie en in het auditlog. Leeg bij versies van vóór deze controle.",
      },
      auditketenHash: {
        type: "string", nullable: true, pattern: "^[0-9a-f]{64}$",
        description: "Hash van de auditregel van deze publicatie: de kop van de auditketen die het ondertekende controlepunt bij de publicatie vastlegt. Wie hem bewaart, kan de gemeente later aan haar auditlog houden.",
      },
      _links: {
        type: "object",
        required: ["self", "apps", "landen"],
        properties: { self: ref("Link"), apps: ref("Link"), landen: ref("Link") },
      },
    },
  },
  LijstversieMetWijzigingen: {
    allOf: [
      ref("Lijstversie"),
      {
        type: "object",
        required: ["wijzigingen"],
        properties: {
          wijzigingen: {
            type: "object",
            description: "Wat er veranderd is ten opzichte van de vorige versie.",
            required: ["apps", "landen"],
            properties: { apps: ref("Wijzigingssectie"), landen: ref("Wijzigingssectie") },
          },
        },
      },
    ],
  },
  Wijzigingssectie: section,
  Item: {
    type: "object",
    required: ["id", "omschrijving"],
    properties: { id: { type: "integer" }, omschrijving: { type: "string", example: "TikTok (Bytedance)" } },
  },
  GewijzigdItem: {
    allOf: [
      ref("Item"),
      {
        type: "object",
        required: ["wijzigingen"],
        properties: {
          wijzigingen: {
            type: "array",
            items: {
              type: "object",
              required: ["veld", "oud", "nieuw"],
              properties: { veld: { type: "string", example: "maatregel" }, oud: { nullable: true }, nieuw: { nullable: true } },
            },
          },
        },
      },
    ],
  },
  App: {
    type: "object",
    required: ["id", "naam", "leverancier", "landcode", "land", "categorie", "maatregel", "maatregelOmschrijving", "bron", "iosBundelId", "iosGeverifieerd", "androidPakketnaam", "androidGeverifieerd"],
    properties: {
      id: { type: "integer", description: "Blijft gelijk over lijstversies heen." },
      naam: { type: "string", example: "TikTok" },
      leverancier: { type: "string", example: "Bytedance" },
      landcode: { type: "string", pattern: "^[A-Z]{2}$", description: "ISO 3166-1 alpha-2-code van het land van zeggenschap.", example: "CN" },
      land: { type: "string", example: "China" },
      categorie: { type: "string", example: "Sociale media" },
      maatregel: { type: "string", enum: ["verboden", "ontraden"], description: "verboden: niet toegestaan op werkapparaten; ontraden: afgeraden op privéapparaten die voor werk worden gebruikt." },
      maatregelOmschrijving: { type: "string", example: "Verboden op werkapparaten" },
      bron: { type: "string", enum: ["vng-top", "vng-overig", "eigen-bevinding"] },
      iosBundelId: nullableString("iOS bundle identifier.", "com.zhiliaoapp.musically"),
      iosGeverifieerd: { type: "boolean", description: "Of de CISO de iOS-bundel-ID in de App Store heeft gecontroleerd." },
      androidPakketnaam: nullableString("Android-pakketnaam.", "com.zhiliaoapp.musically"),
      androidGeverifieerd: { type: "boolean", description: "Of de CISO de pakketnaam in Google Play heeft gecontroleerd." },
    },
  },
  Land: {
    type: "object",
    required: ["landcode", "naam", "grondslag", "opgenomenOp", "volgendeHerbeoordelingOp"],
    properties: {
      landcode: { type: "string", pattern: "^[A-Z]{2}$", example: "CN" },
      naam: { type: "string", example: "China" },
      grondslag: { type: "string", example: "AIVD-beschouwing van 23 februari 2023" },
      opgenomenOp: date("Datum waarop het land op de lijst kwam (RFC 3339 full-date)."),
      volgendeHerbeoordelingOp: date("Datum waarop de plaatsing uiterlijk opnieuw wordt beoordeeld."),
    },
  },
  Index: {
    type: "object",
    required: ["naam", "versie", "_links"],
    properties: {
      naam: { type: "string", example: "Open data: apps uit landen met een offensief cyberprogramma" },
      versie: { type: "string", description: "Volledige versie van de API.", example: API_VERSION },
      _links: {
        type: "object",
        required: ["self", "lijstversies", "actueleLijstversie", "apps", "landen", "raadsvragen", "besluiten", "openapi", "documentatie"],
        properties: {
          self: ref("Link"),
          lijstversies: ref("Link"),
          actueleLijstversie: ref("Link"),
          apps: ref("Link"),
          landen: ref("Link"),
          raadsvragen: ref("Link"),
          besluiten: ref("Link"),
          openapi: ref("Link"),
          documentatie: ref("Link"),
        },
      },
    },
  },
  Lijstversies: {
    type: "object",
    required: ["_links", "lijstversies"],
    properties: {
      _links: { type: "object", required: ["self", "actueel"], properties: { self: ref("Link"), actueel: ref("Link") } },
      lijstversies: { type: "array", items: ref("Lijstversie") },
    },
  },
  Apps: {
    type: "object",
    required: ["lijstversie", "aantal", "_links", "apps"],
    properties: {
      lijstversie: { type: "integer", minimum: 1 },
      aantal: { type: "integer", minimum: 0 },
      _links: { type: "object", required: ["self", "lijstversie"], properties: { self: ref("Link"), lijstversie: ref("Link") } },
      apps: { type: "array", items: ref("App") },
    },
  },
  Landen: {
    type: "object",
    required: ["lijstversie", "_links", "landen"],
    properties: {
      lijstversie: { type: "integer", minimum: 1 },
      _links: { type: "object", required: ["self", "lijstversie"], properties: { self: ref("Link"), lijstversie: ref("Link") } },
      landen: { type: "array", items: ref("Land") },
    },
  },
  Probleem: {
    type: "object",
    description: "Foutmelding volgens RFC 9457 (application/problem+json).",
    required: ["type", "title", "status", "detail"],
    properties: {
      type: { type: "string", format: "uri-reference", example: "about:blank" },
      title: { type: "string", example: "Niet gevonden" },
      status: { type: "integer", example: 404 },
      detail: { type: "string", example: "Lijstversie 9 bestaat niet." },
      instance: { type: "string", format: "uri-reference", example: "/api/v1/lijstversies/9" },
      invalidParams: {
        type: "array",
        description: "Bij 400: alle ongeldige parameters tegelijk.",
        items: {
          type: "object",
          required: ["name", "code", "reason"],
          properties: {
            name: { type: "string", description: "Naam van de parameter.", example: "land" },
            code: { type: "string", description: "Soort fout: integer, pattern, maxLength, maximum, enum of invalidCharacters.", example: "pattern" },
            reason: { type: "string", description: "Uitleg in het Nederlands.", example: "De parameter land moet een landcode van twee letters zijn." },
          },
        },
      },
    },
  },
};
