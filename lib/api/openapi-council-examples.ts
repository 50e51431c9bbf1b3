// Examples in the OpenAPI document: one raadsvraag (after seed 000, with an invented indiener and fractie) and one
// collegebesluit (after seed 002). Spectral checks them against their schemas.

export const exampleQuestion = {
  id: 1,
  kenmerk: "RIS 2023-114",
  onderwerp: "TikTok op zakelijke apparaten van de gemeente",
  vraagtype: "schriftelijke vragen",
  informatieobjecttype: "schriftelijke vragen",
  indiener: ["A. de Vries"],
  fractie: "Voorbeeldpartij",
  ontvangenOp: "2023-03-21",
  artikelReglementVanOrde: "artikel 30",
  inleiding: "Op 21 maart 2023 berichtte de NOS dat werkgevers TikTok nauwelijks verbieden op zakelijke apparaten.",
  vragen: [{ nummer: 1, vraag: "Is het college bekend met het artikel?", antwoord: "Ja." }],
  antwoord: {
    informatieobjecttype: "beantwoording",
    datum: "2023-05-09",
    ondertekenaars: ["de secretaris", "de burgemeester"],
    gepubliceerdOp: "2023-05-09T08:00:00.000Z",
  },
  _links: { self: { href: "https://apps.gemeente.example/api/v1/raadsvragen/1" } },
};

export const exampleDecision = {
  id: 1,
  nummer: "2023-0412",
  datum: "2023-06-06",
  onderwerp: "Weren van apps uit landen met een offensief cyberprogramma",
  informatieobjecttype: "besluit",
  beslispunten: "1. Het advies van de VNG over apps uit landen met een offensief cyberprogramma volgen.",
  argumenten: "De AIVD ziet een verhoogd risico op spionage via deze apps.",
  kanttekeningen: "Medewerkers kunnen de apps niet meer op een werktelefoon gebruiken.",
  financien: "Geen extra kosten.",
  communicatie: "Medewerkers krijgen bericht via intranet en e-mail.",
  status: "in-uitvoering",
  voortgang: "op-schema",
  gepubliceerdOp: "2023-06-07T09:30:00.000Z",
  mijlpalen: [
    { titel: "Start communicatie", streefdatum: "2023-06-20", gereedOp: "2023-06-19", bewijs: { soort: "memo", nummer: 1 } },
    { titel: "Afronding", streefdatum: "2023-08-01", gereedOp: null, bewijs: null },
  ],
  bijlagen: [{ titel: "Advies VNG", bestandsnaam: "besluit-2023-0412-bijlage-1.pdf", grootte: 482113 }],
  _links: { self: { href: "https://apps.gemeente.example/api/v1/besluiten/1" } },
};
