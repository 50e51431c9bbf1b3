import { formatDate } from "@/lib/dates";
import { MAIL_FOOTER, portalLink, type MailInput } from "@/lib/mail/outbox";

type About = { id: number; appName: string; userName: string; email: string };

const link = (id: number) => `Bekijk de uitzondering in het portaal:\n${portalLink(`/uitzonderingen/${id}`)}`;
const mail = (about: About, kind: string, subject: string, lines: string[]): MailInput => ({
  to: about.email,
  kind,
  subject,
  body: [`Beste ${about.userName},`, ...lines, link(about.id)].join("\n\n") + MAIL_FOOTER,
});

export const approvedMail = (about: About, endsOn: string, conditions: string) =>
  mail(about, "exemption.approved", `Uw uitzondering voor ${about.appName} is goedgekeurd`, [
    `Uw aanvraag om ${about.appName} voor uw werk te gebruiken is goedgekeurd. De uitzondering geldt tot en met ${formatDate(endsOn)}.`,
    `Hieraan moet u zich houden:\n${conditions.split("\n").map((c) => `- ${c}`).join("\n")}`,
  ]);

export const rejectedMail = (about: About, reason: string) =>
  mail(about, "exemption.rejected", `Uw aanvraag voor ${about.appName} is afgewezen`, [
    `Uw aanvraag om ${about.appName} voor uw werk te gebruiken is afgewezen. De reden:\n${reason}`,
    "Verwijder de app van uw werkapparaten, als hij daar nog staat. Heeft u vragen? Neem contact op met de CISO.",
  ]);

export const revokedMail = (about: About, reason: string) =>
  mail(about, "exemption.revoked", `Uw uitzondering voor ${about.appName} is ingetrokken`, [
    `De CISO heeft uw uitzondering voor ${about.appName} ingetrokken. De reden:\n${reason}`,
    "Verwijder de app nu van uw werkapparaten.",
  ]);

export const expiredMail = (about: About, endsOn: string) =>
  mail(about, "exemption.expired", `Uw uitzondering voor ${about.appName} is verlopen`, [
    `Uw uitzondering voor ${about.appName} gold tot en met ${formatDate(endsOn)} en is nu verlopen.`,
    "Verwijder de app van uw werkapparaten. Heeft u de app nog nodig? Vraag dan een nieuwe uitzondering aan.",
  ]);

export const reminderMail = (about: About, endsOn: string) =>
  mail(about, "exemption.reminder", `Uw uitzondering voor ${about.appName} verloopt op ${formatDate(endsOn)}`, [
    `Uw uitzondering voor ${about.appName} geldt nog tot en met ${formatDate(endsOn)}. Daarna moet de app van uw werkapparaten af.`,
    "Heeft u de app daarna nog nodig? Vraag dan op tijd een verlenging aan via de pagina van uw uitzondering.",
  ]);
