import { describe, expect, it } from "vitest";
import { approvedMail, expiredMail, rejectedMail, reminderMail, revokedMail } from "@/lib/exemptions/mails";
import { REMOVAL_MAIL_KIND } from "@/lib/inventory/removal-mail";
import { REMINDER_MAIL_KIND } from "@/lib/policy/reminder-mail";
import { outboxKindLabel } from "./read";

// The beheerder reads on "Verzonden berichten" why a message was sent: every kind the portal writes needs a Dutch label.
describe("outbox kind labels", () => {
  const about = { id: 1, appName: "TikTok", userName: "Noor Bakker", email: "medewerker@voorbeeld.nl" };
  const kinds = [
    REMINDER_MAIL_KIND,
    REMOVAL_MAIL_KIND,
    approvedMail(about, "2027-01-01", "Apart toestel").kind,
    rejectedMail(about, "Geen primaire taak").kind,
    revokedMail(about, "Niet meer nodig").kind,
    expiredMail(about, "2027-01-01").kind,
    reminderMail(about, "2027-01-01").kind,
  ];

  it.each(kinds)("%s has a Dutch label", (kind) => {
    expect(outboxKindLabel(kind)).not.toBe(kind);
  });

  it("shows an unknown code as it is", () => {
    expect(outboxKindLabel("iets.anders")).toBe("iets.anders");
  });
});
