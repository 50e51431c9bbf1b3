export type SecondFactorRefusal =
  | "expired"
  | "wrong"
  | "replayed"
  | "too_many"
  | "recovery_wrong"
  | "recovery_used"
  | "unreadable"
  | "not_enrolled";

/** What the person reads on /inloggen/tweede-factor when a step is refused. */
export const secondFactorMessages: Record<SecondFactorRefusal, string> = {
  expired: "Deze inlogpoging is verlopen of al afgerond. Log opnieuw in met uw e-mailadres en wachtwoord.",
  wrong: "Deze code klopt niet. Kijk in uw app naar de code die er nu staat en probeer het opnieuw.",
  replayed: "Deze code is al gebruikt. Wacht tot uw app een nieuwe code laat zien (binnen 30 seconden) en vul die in.",
  too_many:
    "Er is te vaak een verkeerde code ingevuld. Log over 15 minuten opnieuw in. Lukt het dan nog niet, vraag dan een beheerder om uw tweede factor opnieuw in te stellen.",
  recovery_wrong: "Deze herstelcode klopt niet. Controleer de code en probeer het opnieuw.",
  recovery_used: "Deze herstelcode is al gebruikt. Elke herstelcode werkt maar één keer. Gebruik een andere code.",
  unreadable:
    "Uw tweede factor kan niet meer worden gelezen, omdat de geheime sleutel van het portaal is veranderd. Vraag twee beheerders om uw tweede factor opnieuw in te stellen.",
  not_enrolled: "Stel eerst uw tweede factor in: scan de QR-code en vul de code uit uw app in.",
};

export const INVALID_CODE_FORMAT = "Vul de 6 cijfers uit uw app in.";
export const INVALID_RECOVERY_FORMAT = "Vul een herstelcode in, bijvoorbeeld abcde-fghjk.";
