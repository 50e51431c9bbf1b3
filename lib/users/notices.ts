import type { Role } from "@/db/schema/enums";
import { formatDateTime } from "@/lib/dates";
import { roleLabels } from "@/lib/labels";

const list = new Intl.ListFormat("nl", { type: "conjunction" });
const REPORT = "Klopt dit niet? Meld het dan meteen bij de CISO of een beheerder.";

// What the person reads at their next login. Stored as text, so it says what was true at that moment.
export function rolesGrantedNotice(input: { roles: readonly Role[]; requestedBy: string; approvedBy: string; at: Date }): string {
  return [
    `Uw rollen in het portaal zijn gewijzigd op ${formatDateTime(input.at)}.`,
    `U heeft nu ${input.roles.length === 1 ? "de rol" : "de rollen"} ${list.format(input.roles.map((r) => roleLabels[r]))}.`,
    `Aangevraagd door ${input.requestedBy} en goedgekeurd door ${input.approvedBy}.`,
    REPORT,
  ].join(" ");
}

export function activationLinkNotice(input: { requestedBy: string; approvedBy: string; at: Date }): string {
  return [
    `Op ${formatDateTime(input.at)} is een nieuwe activeringslink voor uw account gemaakt.`,
    `Aangevraagd door ${input.requestedBy} en goedgekeurd door ${input.approvedBy}.`,
    "Heeft u niet om een nieuwe link gevraagd?",
    REPORT,
  ].join(" ");
}

export function secondFactorResetNotice(input: { requestedBy: string; approvedBy: string; at: Date }): string {
  return [
    `Op ${formatDateTime(input.at)} is uw tweede factor gewist, zodat u hem opnieuw kon instellen.`,
    `Aangevraagd door ${input.requestedBy} en goedgekeurd door ${input.approvedBy}.`,
    REPORT,
  ].join(" ");
}

export function breakGlassNotice(input: { at: Date }): string {
  return [
    `Op ${formatDateTime(input.at)} bent u met het beheerscript op de server beheerder gemaakt of heeft u een nieuwe activeringslink gekregen.`,
    REPORT,
  ].join(" ");
}
