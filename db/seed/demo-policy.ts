import type { RiskGroup } from "@/db/schema/enums";
import { DEFAULT_REMINDER_LADDER } from "@/db/schema/policy";

// Version 1 of the policy of the fictional "Gemeente Voorbeeld". Written for this demo: the substance follows a
// college decision (follow the VNG advice, no such apps as a communication channel, exception for primary tasks)
// and a memo to the council (what it means per device), in our own words.
export const demoPolicyTitle = "Apps uit risicolanden op werkapparaten";

export const demoPolicyBody = `## Waarom dit beleid

Sommige landen voeren een offensief cyberprogramma tegen Nederland. Volgens de AIVD zijn dat nu **China, Iran, Noord-Korea en Rusland**. Apps van bedrijven uit die landen kunnen gegevens doorgeven, meekijken of een ingang zijn voor een aanval. Het Rijk ontraadt deze apps daarom op werktelefoons, en de VNG adviseert gemeenten hetzelfde te doen.

Het college van Gemeente Voorbeeld heeft besloten:

1. Wij volgen het advies van de VNG: apps uit deze landen staan niet op werkapparaten van de gemeente.
2. Wij gebruiken deze apps niet als kanaal om met inwoners of met elkaar te communiceren. Ook niet voor een campagne.
3. De gemeenteraad krijgt het besluit ter kennisname.

Welke apps het precies zijn, staat in de lijst waar deze versie naar verwijst. De CISO houdt die lijst bij. Verandert de lijst, dan vragen wij u opnieuw om kennis te nemen.

## Wat betekent dit voor u?

### U heeft een telefoon, tablet of laptop van de gemeente

- Installeer geen app van de lijst.
- Staat er al een app van de lijst op? Verwijder die vóór de datum die bij uw taak staat.
- Apparaatbeheer haalt de apps na die datum ook zelf weg en blokkeert nieuwe installaties.

Wilt u een app van de lijst privé blijven gebruiken? Dan kan dat alleen op een eigen toestel dat u niet voor uw werk gebruikt.

### U gebruikt een eigen toestel ook voor uw werk

Dat mag, maar wij raden u dringend aan om de apps van de lijst niet op dat toestel te zetten. Zet in elk geval geen werkmail, agenda of chat voor uw werk op een toestel waar zo'n app op staat.

### U bent raadslid met een tablet of telefoon van de gemeente

Voor u geldt hetzelfde als voor medewerkers met een werkapparaat. Heeft u vragen? Neem contact op met de ICT-coördinator van de griffie.

## Uitzondering voor uw werk

Soms heeft u een app van de lijst nodig voor een kerntaak, bijvoorbeeld voor toezicht, opsporing, inlichtingen of contact met een doelgroep die alleen via die app te bereiken is. Vraag dan een uitzondering aan via het portaal. De CISO beoordeelt uw aanvraag, spreekt voorwaarden met u af (zoals een apart toestel) en zet een einddatum.

## Vragen

Neem contact op met de CISO via [informatiebeveiliging@voorbeeld.nl](mailto:informatiebeveiliging@voorbeeld.nl) of bel 14 0000.
`;

export const demoStricterMeasure =
  "Ook op uw privételefoon of -tablet staan deze apps niet, als u dat toestel ooit voor uw werk gebruikt (mail, agenda, chat of inloggen). " +
  "Bestuurders, topfuncties en functies die belangrijk zijn voor de veiligheid lopen het grootste risico om doelwit te worden.";

export const demoStricterRiskGroups: RiskGroup[] = ["executive", "senior", "security_sensitive"];

/** Dates relative to the day the seed runs, so the demo always has an open task. */
export function demoPolicyDates(today: string) {
  const shift = (days: number) => {
    const d = new Date(`${today}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  return { effectiveOn: shift(-10), acknowledgeBy: shift(17) };
}

export const demoPolicyLadder = DEFAULT_REMINDER_LADDER;

/** People who already acknowledged version 1 in the demo; everyone else (medewerker@, ciso@, raadslid@, …) has not. */
export const demoAcknowledgedBy = ["wethouder@voorbeeld.nl", "directeur@voorbeeld.nl", "griffie@voorbeeld.nl", "beheerder2@voorbeeld.nl"];
