import type { InvitationProblem } from "@/lib/users/invitations";

// Why a link does not work, in words that tell the person what to do next.
export const refusalMessages: Record<InvitationProblem, string> = {
  unknown: "Deze activeringslink klopt niet. Controleer of u de hele link hebt gekopieerd, of vraag de beheerder om een nieuwe link.",
  used: "Deze activeringslink is al gebruikt. U kunt inloggen met het wachtwoord dat u toen hebt gekozen. Weet u het niet meer? Vraag de beheerder om een nieuwe link.",
  expired: "Deze activeringslink is verlopen. Vraag de beheerder om een nieuwe link.",
  inactive: "Dit account is gedeactiveerd. Neem contact op met de beheerder van het portaal.",
};
