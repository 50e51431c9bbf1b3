import type { OidcRefusal } from "./sign-in";

/** The code in /inloggen?error=… for each refusal of the sign-in decision. */
export const refusalCodes: Record<OidcRefusal, string> = {
  pending: "AccountPending",
  deactivated: "AccountDeactivated",
  email_in_use: "EmailInUse",
  incomplete: "ProfileIncomplete",
};

export const PENDING_MESSAGE = "Uw account wacht op goedkeuring door een beheerder.";

const TRY_AGAIN = "Probeer opnieuw in te loggen. Lukt het weer niet? Neem dan contact op met de beheerder van het portaal.";

const messages: Record<string, string> = {
  AccountPending: `${PENDING_MESSAGE} U krijgt toegang zodra een beheerder uw aanmelding heeft goedgekeurd. Log daarna opnieuw in.`,
  AccountDeactivated: "Uw account in het portaal is gedeactiveerd. U kunt niet inloggen, ook niet met uw organisatieaccount. Neem contact op met de beheerder als dit niet klopt.",
  EmailInUse: "Er bestaat in het portaal al een account met het e-mailadres van uw organisatieaccount. Om veiligheidsredenen koppelen wij die niet vanzelf. Vraag de beheerder van het portaal om u te helpen.",
  ProfileIncomplete: "Uw organisatieaccount gaf geen naam of e-mailadres door. Daarom kunnen wij geen account voor u aanmaken. Vraag de beheerder van het portaal om dit na te kijken.",
  // The person stopped at the provider, or the provider refused (error=access_denied and the like).
  OAuthCallbackError: `Inloggen bij uw organisatie is afgebroken of geweigerd. ${TRY_AGAIN}`,
  AccessDenied: `U heeft geen toegang tot het portaal. ${TRY_AGAIN}`,
  // next-auth hides the cause from the browser: a wrong issuer or audience, an expired or replayed state or
  // nonce, a used code. The server log has the details.
  Configuration: `Het antwoord van uw organisatie kon niet worden gecontroleerd, bijvoorbeeld omdat de inlogpoging verlopen is of al eens is gebruikt. Daarom bent u niet ingelogd. ${TRY_AGAIN}`,
  MissingCSRF: `Het inlogformulier was verlopen. ${TRY_AGAIN}`,
  ProviderUnavailable: "De inlogdienst van uw organisatie is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.",
};

/** The Dutch text for an error code on the login page; a code we do not know gets the general text. */
export function loginErrorMessage(code: string | undefined | null): string | null {
  if (!code) return null;
  return Object.hasOwn(messages, code) ? messages[code] : `Inloggen is niet gelukt. ${TRY_AGAIN}`;
}
