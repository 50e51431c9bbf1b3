import { formatDate } from "@/lib/dates";
import { MAIL_FOOTER, portalLink, type MailInput } from "@/lib/mail/outbox";

export const REMOVAL_MAIL_KIND = "inventory.removal";

export type RemovalOwner = { email: string; name: string; devices: { deviceName: string | null; apps: string[] }[] };

const listJoin = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`);

/**
 * The request to one owner to remove listed apps from their work devices: which device has which app,
 * why (the policy), what to do, and how to ask for an exemption when the app is truly needed for the work.
 */
export function removalMail(owner: RemovalOwner, inventoryDate: Date | string | null): MailInput {
  const apps = [...new Set(owner.devices.flatMap((d) => d.apps))].sort((a, b) => a.localeCompare(b, "nl"));
  const devices = owner.devices
    .map((d) => `- ${d.deviceName?.trim() || "Apparaat zonder naam"}: ${listJoin([...d.apps].sort((a, b) => a.localeCompare(b, "nl")))}`)
    .join("\n");
  const when = inventoryDate ? ` van ${formatDate(inventoryDate)}` : "";
  const body = [
    `Beste ${owner.name},`,
    `Volgens de inventaris${when} van de apparaten die de gemeente beheert, ${apps.length === 1 ? "staat op uw werkapparatuur een app die" : "staan op uw werkapparatuur apps die"} niet ${apps.length === 1 ? "is" : "zijn"} toegestaan:`,
    devices,
    "Waarom? De gemeente heeft besloten dat op werkapparatuur geen apps staan van bedrijven uit landen met een offensief cyberprogramma tegen Nederland. Zulke apps kunnen gegevens van de gemeente en van inwoners in gevaar brengen. De apps staan op de lijst in het portaal.",
    `Wat moet u doen? Verwijder ${listJoin(apps)} van de apparaten hierboven. Dat kan binnen een paar minuten: houd het pictogram van de app ingedrukt en kies Verwijderen.`,
    `Heeft u de app echt nodig voor uw werk? Vraag dan een uitzondering aan. Tot die is goedgekeurd, moet de app eraf.\n${portalLink("/uitzonderingen/aanvragen")}`,
    "Denkt u dat dit niet klopt, bijvoorbeeld omdat de app al weg is? Dan hoeft u niets te doen; de volgende inventaris laat dat zien. Heeft u vragen? Neem contact op met de informatiebeveiliger (CISO) van uw gemeente.",
  ].join("\n\n");
  const subject = apps.length === 1 ? `Verwijder ${apps[0]} van uw werkapparatuur` : "Verwijder apps die niet zijn toegestaan van uw werkapparatuur";
  return { to: owner.email, kind: REMOVAL_MAIL_KIND, subject, body: body + MAIL_FOOTER };
}
