import type { LockScope } from "@/lib/auth/login-throttle";

const clock = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" });

export const WRONG_CREDENTIALS_MESSAGE = "Het e-mailadres of het wachtwoord klopt niet.";

/**
 * What a refused login says. Only the device message speaks of wrong passwords: those failures were made
 * in this browser. The account message must not blame the reader, because others may have made them.
 */
export function lockedMessage(scope: LockScope, until: Date): string {
  const time = `${clock.format(until)} uur`;
  if (scope === "device") {
    return `Op dit apparaat is te vaak een verkeerd wachtwoord gebruikt voor dit account. U kunt het hier weer proberen vanaf ${time}.`;
  }
  return (
    `Er is te vaak zonder succes geprobeerd om op dit account in te loggen. Daarom is inloggen op een nieuw apparaat ` +
    `tijdelijk geblokkeerd, tot ${time}. Op een apparaat waarop u eerder bent ingelogd, kunt u wel gewoon inloggen.`
  );
}
