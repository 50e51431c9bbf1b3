import { formatDate } from "@/lib/dates";
import { MAIL_FOOTER, portalLink, type MailInput } from "@/lib/mail/outbox";

export const REMINDER_MAIL_KIND = "policy.reminder";

type Version = { number: number | null; title: string };

/**
 * The reminder text. It is written from the person's own due date and today, not from the rung's
 * name, so a reminder that goes out late (the job was down) never says something that is no longer true.
 */
export function reminderMail(version: Version, person: { email: string; name: string }, dueOn: string, today: string, step: string): MailInput {
  const label = `het beleid over apps (versie ${version.number ?? "?"})`;
  const due = formatDate(dueOn);
  const link = portalLink("/kennisnemen");
  let subject: string;
  let when: string;
  if (today < dueOn) {
    subject = `Neem kennis van ${label} vóór ${due}`;
    when = `Doe dit uiterlijk op ${due}.`;
  } else if (today === dueOn) {
    subject = `Vandaag is de laatste dag: neem kennis van ${label}`;
    when = `Doe dit vandaag, ${due}. Dat is de laatste dag.`;
  } else {
    subject = `Te laat: u heeft nog geen kennis genomen van ${label}`;
    when = `Dat had uiterlijk op ${due} moeten gebeuren. Doe het zo snel mogelijk.`;
  }
  const opening = step === "publication" ? `Uw gemeente heeft ${label} vastgesteld: "${version.title}".` : `Dit is een herinnering over ${label}: "${version.title}".`;
  const body = [
    `Beste ${person.name},`,
    "",
    opening,
    "",
    `Lees het beleid en bevestig dat u het gelezen heeft. ${when}`,
    "",
    `Ga naar: ${link}`,
    "",
    "Het kost een paar minuten. Heeft u vragen? Neem contact op met de informatiebeveiliger (CISO) van uw gemeente.",
  ].join("\n");
  return { to: person.email, subject, body: body + MAIL_FOOTER, kind: REMINDER_MAIL_KIND };
}
