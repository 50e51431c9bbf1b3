import { DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE } from "./council-params";
import { exampleDecision, exampleQuestion } from "./openapi-council-examples";

// The council part of the OpenAPI document: answered raadsvragen and published collegebesluiten. openapi.ts
// merges these paths, schemas, parameters and responses into the one document; the examples are shown there too.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const response = (name: string) => ({ $ref: `#/components/responses/${name}` });
const commonHeaders = {
  "API-Version": { $ref: "#/components/headers/API-Version" },
  "Access-Control-Allow-Origin": { $ref: "#/components/headers/Access-Control-Allow-Origin" },
};
const ok = (description: string, schema: object, example: object) => ({
  description,
  headers: commonHeaders,
  content: { "application/json": { schema, example } },
});

const text = (description: string, example?: string) => ({ type: "string", description, ...(example ? { example } : {}) });
const fullDate = (description: string, example: string) => ({ type: "string", format: "date", description, example });
const nullableDate = (description: string, example: string) => ({ ...fullDate(description, example), nullable: true });
const moment = (description: string) => ({ type: "string", format: "date-time", description, example: "2023-05-09T08:00:00.000Z" });

const pagingLinks = {
  type: "object",
  description: "Links naar deze, de eerste, de vorige, de volgende en de laatste pagina. prev en next ontbreken als die pagina er niet is.",
  required: ["self", "first", "last"],
  properties: { self: ref("Link"), first: ref("Link"), prev: ref("Link"), next: ref("Link"), last: ref("Link") },
};

const pagingProperties = {
  aantal: { type: "integer", minimum: 0, description: "Hoeveel er in totaal zijn, over alle pagina's." },
  pagina: { type: "integer", minimum: 1, maximum: MAX_PAGE, description: "Het nummer van deze pagina." },
  paginaGrootte: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, description: "Hoeveel er hoogstens op een pagina staan." },
  aantalPaginas: { type: "integer", minimum: 1, description: "Het aantal pagina's (minstens 1, ook als de lijst leeg is)." },
  _links: pagingLinks,
};

const page = (key: string, item: object, name: string) => ({
  type: "object",
  required: ["aantal", "pagina", "paginaGrootte", "aantalPaginas", "_links", key],
  properties: { ...pagingProperties, [key]: { type: "array", items: item, description: name } },
});

const selfLinks = { type: "object", required: ["self"], properties: { self: ref("Link") } };

export const councilSchemas = {
  Raadsvraag: {
    type: "object",
    description: "Schriftelijke vragen van een raadslid met de beantwoording door het college. Alleen als de antwoordbrief is gepubliceerd.",
    required: ["id", "kenmerk", "onderwerp", "vraagtype", "informatieobjecttype", "indiener", "fractie", "ontvangenOp", "artikelReglementVanOrde", "inleiding", "vragen", "antwoord", "_links"],
    properties: {
      id: { type: "integer", minimum: 1, description: "Blijft altijd gelijk." },
      kenmerk: text("Kenmerk van de griffie.", "RIS 2023-114"),
      onderwerp: text("Onderwerp van de vragen."),
      vraagtype: text("Soort vraag (ODS Open Raadsinformatie: vraagtype).", "schriftelijke vragen"),
      informatieobjecttype: { type: "string", enum: ["schriftelijke vragen"], description: "Soort document (ODS Open Raadsinformatie: informatieobjecttype)." },
      indiener: { type: "array", items: { type: "string" }, description: "Naam of namen van wie de vragen stelde (ODS: indiener)." },
      fractie: text("Fractie van de indiener (ODS: fractie).", "Voorbeeldpartij"),
      ontvangenOp: fullDate("Datum waarop de griffie de vragen ontving.", "2023-03-21"),
      artikelReglementVanOrde: text("Artikel van het Reglement van Orde waarop de vragen steunen.", "artikel 30"),
      inleiding: text("Inleiding van de indiener; kan leeg zijn."),
      vragen: {
        type: "array",
        description: "De genummerde vragen met het antwoord van het college.",
        items: {
          type: "object",
          required: ["nummer", "vraag", "antwoord"],
          properties: {
            nummer: { type: "integer", minimum: 1, example: 1 },
            vraag: text("De vraag."),
            antwoord: { type: "string", nullable: true, description: "Het antwoord; leeg als het college deze vraag niet apart beantwoordde." },
          },
        },
      },
      antwoord: {
        type: "object",
        description: "De antwoordbrief van het college.",
        required: ["informatieobjecttype", "datum", "ondertekenaars", "gepubliceerdOp"],
        properties: {
          informatieobjecttype: { type: "string", enum: ["beantwoording"], description: "Soort document (ODS: informatieobjecttype)." },
          datum: nullableDate("Datum van de antwoordbrief.", "2023-05-09"),
          ondertekenaars: { type: "array", items: { type: "string" }, description: "Wie de brief ondertekenden, bijvoorbeeld de secretaris en de burgemeester." },
          gepubliceerdOp: moment("Moment waarop de beantwoording openbaar werd (RFC 3339)."),
        },
      },
      _links: selfLinks,
    },
  },
  Raadsvragen: page("raadsvragen", ref("Raadsvraag"), "De beantwoorde raadsvragen op deze pagina, de laatst ontvangen eerst."),
  Mijlpaal: {
    type: "object",
    required: ["titel", "streefdatum", "gereedOp", "bewijs"],
    properties: {
      titel: text("Wat er gedaan moet worden.", "Start communicatie"),
      streefdatum: fullDate("Datum waarop het klaar moet zijn.", "2023-06-20"),
      gereedOp: nullableDate("Datum waarop het klaar was; leeg als het nog open is.", "2023-06-19"),
      bewijs: {
        type: "object",
        nullable: true,
        description: "Waaruit blijkt dat het gedaan is: een memo, een beleidsversie of een lijstversie. Leeg als er (nog) niets gepubliceerd bewijs is.",
        required: ["soort", "nummer"],
        properties: {
          soort: { type: "string", enum: ["memo", "beleidsversie", "lijstversie"] },
          nummer: { type: "integer", minimum: 1, description: "Nummer van de memo, beleidsversie of lijstversie." },
          _links: { ...selfLinks, description: "Alleen bij een lijstversie: die staat ook in deze API." },
        },
      },
    },
  },
  Bijlage: {
    type: "object",
    description: "Een PDF bij het besluit. De API geeft alleen de gegevens, niet het bestand.",
    required: ["titel", "bestandsnaam", "grootte"],
    properties: {
      titel: text("Titel van de bijlage.", "Advies VNG"),
      bestandsnaam: text("Naam van het bestand.", "besluit-2023-0412-bijlage-1.pdf"),
      grootte: { type: "integer", minimum: 0, description: "Grootte in bytes." },
    },
  },
  Besluit: {
    type: "object",
    description: "Een gepubliceerd collegebesluit met de uitvoering ervan.",
    required: ["id", "nummer", "datum", "onderwerp", "informatieobjecttype", "beslispunten", "argumenten", "kanttekeningen", "financien", "communicatie", "status", "voortgang", "gepubliceerdOp", "mijlpalen", "bijlagen", "_links"],
    properties: {
      id: { type: "integer", minimum: 1, description: "Blijft altijd gelijk." },
      nummer: text("Nummer van het besluit bij het college.", "2023-0412"),
      datum: fullDate("Datum van het besluit.", "2023-06-06"),
      onderwerp: text("Onderwerp van het besluit."),
      informatieobjecttype: { type: "string", enum: ["besluit"], description: "Soort document (ODS Open Raadsinformatie: informatieobjecttype)." },
      beslispunten: text("Wat het college besloot."),
      argumenten: text("Waarom; kan leeg zijn."),
      kanttekeningen: text("Kanttekeningen; kan leeg zijn."),
      financien: text("Financiële gevolgen; kan leeg zijn."),
      communicatie: text("Hoe het besluit wordt gecommuniceerd; kan leeg zijn."),
      status: { type: "string", enum: ["in-uitvoering", "uitgevoerd", "ingetrokken"] },
      voortgang: {
        type: "string",
        enum: ["op-schema", "risico", "te-laat", "afgerond", "gestopt"],
        description: "Berekend op de dag van de vraag (tijdzone Amsterdam). te-laat: een open mijlpaal is over de streefdatum. risico: een open mijlpaal moet binnen 7 dagen klaar zijn. afgerond: uitgevoerd of alle mijlpalen gereed. gestopt: ingetrokken.",
      },
      gepubliceerdOp: moment("Moment van publicatie (RFC 3339)."),
      mijlpalen: { type: "array", items: ref("Mijlpaal") },
      bijlagen: { type: "array", items: ref("Bijlage") },
      _links: selfLinks,
    },
  },
  Besluiten: page("besluiten", ref("Besluit"), "De gepubliceerde collegebesluiten op deze pagina, het nieuwste besluit eerst."),
};

export const councilParameters = {
  pagina: { name: "pagina", in: "query", required: false, description: "Nummer van de pagina; standaard 1. Een pagina na de laatste is leeg.", schema: { type: "integer", minimum: 1, maximum: MAX_PAGE, default: 1 } },
  paginaGrootte: {
    name: "paginaGrootte",
    in: "query",
    required: false,
    description: `Hoeveel er op een pagina staan; standaard ${DEFAULT_PAGE_SIZE}, hoogstens ${MAX_PAGE_SIZE}.`,
    schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
  },
  raadsvraagId: { name: "id", in: "path", required: true, description: "Id van de raadsvraag.", schema: { type: "integer", minimum: 1 } },
  besluitId: { name: "id", in: "path", required: true, description: "Id van het collegebesluit.", schema: { type: "integer", minimum: 1 } },
};

export const councilTag = { name: "Raadsinformatie", description: "Beantwoorde raadsvragen en gepubliceerde collegebesluiten" };

const tags = [councilTag.name];
const paging = { aantal: 1, pagina: 1, paginaGrootte: DEFAULT_PAGE_SIZE, aantalPaginas: 1 };
const pageLinks = (path: string) => {
  const href = { href: `https://apps.gemeente.example/api/v1${path}?pagina=1` };
  return { self: href, first: href, last: href };
};

export const councilPaths = {
  "/raadsvragen": {
    get: {
      operationId: "listRaadsvragen",
      tags,
      summary: "De beantwoorde raadsvragen, per pagina",
      description: "Alleen raadsvragen waarvan de antwoordbrief is gepubliceerd, de laatst ontvangen eerst. Gebruik pagina en paginaGrootte om te bladeren.",
      parameters: [param("pagina"), param("paginaGrootte")],
      responses: {
        "200": ok("De raadsvragen op deze pagina.", ref("Raadsvragen"), { ...paging, _links: pageLinks("/raadsvragen"), raadsvragen: [exampleQuestion] }),
        "400": response("OngeldigeVraag"),
      },
    },
  },
  "/raadsvragen/{id}": {
    get: {
      operationId: "getRaadsvraag",
      tags,
      summary: "Eén beantwoorde raadsvraag met de vragen en antwoorden",
      description: "Een id zonder gepubliceerde beantwoording geeft 404; iets anders dan een positief geheel getal geeft 400.",
      parameters: [param("raadsvraagId")],
      responses: {
        "200": ok("De raadsvraag.", ref("Raadsvraag"), exampleQuestion),
        "400": response("OngeldigeVraag"),
        "404": response("RaadsinformatieNietGevonden"),
      },
    },
  },
  "/besluiten": {
    get: {
      operationId: "listBesluiten",
      tags,
      summary: "De gepubliceerde collegebesluiten met mijlpalen en voortgang, per pagina",
      description: "Het nieuwste besluit eerst. Gebruik pagina en paginaGrootte om te bladeren.",
      parameters: [param("pagina"), param("paginaGrootte")],
      responses: {
        "200": ok("De besluiten op deze pagina.", ref("Besluiten"), { ...paging, _links: pageLinks("/besluiten"), besluiten: [exampleDecision] }),
        "400": response("OngeldigeVraag"),
      },
    },
  },
  "/besluiten/{id}": {
    get: {
      operationId: "getBesluit",
      tags,
      summary: "Eén gepubliceerd collegebesluit met mijlpalen, voortgang en bijlagen",
      description: "Een id van een besluit dat niet (of nog niet) gepubliceerd is geeft 404; iets anders dan een positief geheel getal geeft 400.",
      parameters: [param("besluitId")],
      responses: {
        "200": ok("Het besluit.", ref("Besluit"), exampleDecision),
        "400": response("OngeldigeVraag"),
        "404": response("RaadsinformatieNietGevonden"),
      },
    },
  },
};

export const councilResponses = {
  RaadsinformatieNietGevonden: {
    description: "Er is geen beantwoorde raadsvraag of gepubliceerd besluit met dit id.",
    headers: commonHeaders,
    content: { "application/problem+json": { schema: ref("Probleem") } },
  },
};
