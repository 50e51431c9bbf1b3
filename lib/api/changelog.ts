import { API_VERSION } from "./problem";

// The public changelog of the API (/core/changelog), newest first; shown on /open-data. A test checks
// that the newest entry is the version the API reports.
export const apiChangelog: { version: string; date: string; changes: string[] }[] = [
  {
    version: "1.2.0",
    date: "2026-11-26",
    changes: [
      "Nieuw: GET /raadsvragen en /raadsvragen/{id} met de beantwoorde raadsvragen, hun vragen en antwoorden.",
      "Nieuw: GET /besluiten en /besluiten/{id} met de gepubliceerde collegebesluiten, hun mijlpalen, voortgang en bijlagen.",
      "Deze twee lijsten hebben pagina's: gebruik de parameters pagina en paginaGrootte en de links first, prev, next en last.",
    ],
  },
  {
    version: "1.1.0",
    date: "2026-11-25",
    changes: [
      "Nieuw: GET /api/v1 geeft een startpunt met links naar alle adressen.",
      "POST, PUT, PATCH en DELETE geven 405 met de header Allow en een uitleg, in plaats van een leeg antwoord.",
      "Bij 400 staan alle ongeldige parameters tegelijk in invalidParams.",
      "Links en het serveradres in de beschrijving gebruiken het openbare adres van het portaal.",
      "Een lijstversienummer dat te groot is om te bestaan geeft 404, zoals elk nummer dat niet bestaat.",
      "Een stuurteken (zoals een nulbyte) in een parameter geeft 400 met uitleg.",
      "Nieuw bij elke lijstversie: inhoudHash (vingerafdruk van de inhoud) en auditketenHash (de stand van het auditlog bij publicatie).",
    ],
  },
  { version: "1.0.0", date: "2026-11-23", changes: ["Eerste versie: lijstversies, apps, landen en deze beschrijving."] },
];

export const currentChangelogEntry = () => apiChangelog.find((entry) => entry.version === API_VERSION);
