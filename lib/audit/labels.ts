import type { Permission } from "@/lib/auth/permissions";

// The audit log stores stable English codes; the CISO reads Dutch. One typed list, so a new action
// cannot be written without a label. Codes found in old rows but no longer listed are shown as they are.
export const auditActionLabels = {
  "auth.login": "Inloggen",
  "auth.logout": "Uitloggen",
  "auth.second_factor.challenge": "Wachtwoord juist, tweede factor gevraagd",
  "auth.second_factor.verify": "Inloggen met de tweede factor",
  "auth.second_factor.recovery": "Inloggen met een herstelcode",
  "auth.second_factor.enroll": "Tweede factor ingesteld",
  "auth.second_factor.recovery_codes": "Nieuwe herstelcodes gemaakt",
  "auth.second_factor.remove": "Tweede factor verwijderd",
  "auth.second_factor.reset": "Tweede factor gewist door twee beheerders",
  "audit.view": "Auditlog bekeken",
  "audit.export": "Auditlog geëxporteerd",
  "page.open": "Pagina geopend",
  "list.publish": "Lijstversie gepubliceerd",
  "list.version.download": "Lijstversie gedownload (CSV)",
  "list.version.export.intune": "Lijstversie geëxporteerd voor Microsoft Intune",
  "list.version.export.apple": "Lijstversie geëxporteerd als Apple-configuratieprofiel",
  "list.version.export.android": "Lijstversie geëxporteerd als Android-beleid",
  "app.create": "App toegevoegd",
  "app.update": "App gewijzigd",
  "app.remove": "App verwijderd uit concept",
  "app.import": "Apps geïmporteerd",
  "app.import.preview": "Appimport gecontroleerd",
  "app.import.template": "Voorbeeldbestand voor de appimport gedownload",
  "apps.import": "Apps geïmporteerd",
  "country.create": "Land toegevoegd",
  "country.update": "Land gewijzigd",
  "country.delist": "Land van de lijst gehaald",
  "country.relist": "Land weer op de lijst gezet",
  "vendor.create": "Leverancier toegevoegd",
  "vendor.update": "Leverancier gewijzigd",
  "user.create": "Gebruiker toegevoegd",
  "user.update": "Gebruiker gewijzigd",
  "user.deactivate": "Gebruiker geblokkeerd",
  "user.reactivate": "Gebruiker weer toegelaten",
  "user.invite": "Gebruiker uitgenodigd",
  "user.activate": "Account geactiveerd",
  "organisation.create": "Organisatie aangemaakt",
  "organisation.update": "Organisatiegegevens gewijzigd",
  "department.create": "Afdeling toegevoegd",
  "department.update": "Afdeling gewijzigd",
  "department.rename": "Afdeling hernoemd",
  "department.deactivate": "Afdeling buiten gebruik gezet",
  "department.reactivate": "Afdeling weer in gebruik genomen",
  "approval.request": "Goedkeuring gevraagd",
  "approval.approve": "Verzoek goedgekeurd",
  "approval.reject": "Verzoek afgewezen",
  "approval.withdraw": "Verzoek ingetrokken",
  "policy.draft.create": "Beleidsconcept gestart",
  "policy.draft.update": "Beleidsconcept gewijzigd",
  "policy.draft.discard": "Beleidsconcept weggegooid",
  "policy.publish": "Beleidsversie gepubliceerd",
  "policy.acknowledge": "Kennisgenomen van het beleid",
  "policy.receipt.download": "Ontvangstbewijs van een kennisname gedownload",
  "policy.reminders.queue": "Herinneringen voor kennisname klaargezet",
  "acknowledgements.export": "Kennisnames geëxporteerd (CSV)",
  "exemption.request": "Uitzondering aangevraagd",
  "exemption.withdraw": "Aanvraag voor uitzondering ingetrokken",
  "exemption.approve.first": "Uitzondering goedgekeurd door eerste beoordelaar",
  "exemption.approve": "Uitzondering goedgekeurd",
  "exemption.reject": "Uitzondering afgewezen",
  "exemption.revoke": "Uitzondering ingetrokken",
  "exemption.expire": "Uitzondering verlopen",
  "exemption.expiry.remind": "Herinnering: uitzondering verloopt binnenkort",
  "exemptions.export": "Uitzonderingen geëxporteerd (CSV)",
  "mail.send": "E-mail verzonden",
  "mail.retry": "E-mail niet verzonden, nieuwe poging gepland",
  "memo.draft.create": "Memo als concept gemaakt",
  "memo.draft.update": "Conceptmemo gewijzigd",
  "memo.draft.discard": "Conceptmemo weggegooid",
  "memo.publish": "Memo gepubliceerd",
  "memo.read": "Memo geopend door een lezer",
  "memo.pdf.download": "Memo gedownload (PDF)",
  "memo.receipts.export": "Leesbevestigingen van een memo geëxporteerd (CSV)",
  "decision.create": "Collegebesluit geregistreerd",
  "decision.update": "Collegebesluit gewijzigd",
  "decision.publish": "Collegebesluit gepubliceerd",
  "decision.milestone.create": "Mijlpaal toegevoegd",
  "decision.milestone.update": "Mijlpaal gewijzigd",
  "decision.milestone.remove": "Mijlpaal verwijderd",
  "decision.attachment.upload": "Bijlage bij een besluit toegevoegd",
  "decision.attachment.remove": "Bijlage bij een besluit verwijderd",
  "decision.attachment.download": "Bijlage bij een besluit gedownload",
  "question.register": "Raadsvraag geregistreerd",
  "question.update": "Raadsvraag gewijzigd",
  "question.delay": "Uitstelbericht vastgelegd",
  "question.answer": "Antwoord op een raadsvraag opgesteld",
  "question.publish": "Antwoordbrief op een raadsvraag gepubliceerd",
  "link.create": "Verwijzing toegevoegd",
  "link.remove": "Verwijzing verwijderd",
  "inventory.import": "MDM-inventaris geïmporteerd",
  "inventory.import.failed": "MDM-inventaris geweigerd",
  "inventory.managed_total.set": "Aantal beheerde apparaten vastgelegd",
  "inventory.removal.request": "Eigenaren gevraagd een app te verwijderen",
  "inventory.violations.export": "Apparaten met een overtreding gedownload (CSV)",
  "list.version.export.exclusions": "Uitzonderingsgroepen per app gedownload",
  "channel.create": "Communicatiekanaal toegevoegd",
  "channel.update": "Communicatiekanaal gewijzigd",
  "session.end": "Sessie beëindigd",
  "session.end_all": "Alle sessies van een persoon beëindigd",
  "session.settings.update": "Sessieduur ingesteld",
  "user.register": "Account aangemaakt bij eerste inlog via de organisatie",
  "user.approve": "Aanmelding goedgekeurd",
  "user.reject": "Aanmelding afgewezen",
  "role_mapping.create": "Rolvoorstel voor app-rol of groep toegevoegd",
  "role_mapping.remove": "Rolvoorstel voor app-rol of groep verwijderd",
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof auditActionLabels;

export const auditObjectTypeLabels = {
  session: "Sessie",
  permission: "Recht",
  audit_event: "Auditlog",
  app: "App",
  country: "Land",
  vendor: "Leverancier",
  list_version: "Lijstversie",
  user: "Gebruiker",
  organisation: "Organisatie",
  department: "Afdeling",
  memo: "Memo",
  role_change_request: "Verzoek om rechten",
  job: "Taak van het systeem",
  policy_version: "Beleidsversie",
  policy_acknowledgement: "Kennisname",
  exemption: "Uitzondering",
  outbox_message: "E-mailbericht",
  record: "Gegevens",
  council_decision: "Collegebesluit",
  decision_milestone: "Mijlpaal",
  decision_attachment: "Bijlage bij een besluit",
  council_question: "Raadsvraag",
  cross_reference: "Verwijzing",
  inventory_import: "MDM-inventaris",
  communication_channel: "Communicatiekanaal",
  provider_role_mapping: "Rolvoorstel uit de identiteitsprovider",
} as const satisfies Record<string, string>;

export type AuditObjectType = keyof typeof auditObjectTypeLabels;

export const permissionLabels: Record<Permission, string> = {
  "lists.view": "lijsten bekijken",
  "lists.edit": "lijsten bewerken",
  "lists.publish": "lijstversie publiceren",
  "audit.view": "auditlog bekijken",
  "users.manage": "gebruikers beheren",
  "organisation.manage": "organisatie beheren",
  "policy.manage": "beleid beheren",
  "policy.acknowledge": "kennisnemen van het beleid",
  "acknowledgements.view": "kennisnames bekijken",
  "exemptions.request": "uitzondering aanvragen",
  "exemptions.decide": "over uitzonderingen beslissen",
  "outbox.view": "verzonden berichten bekijken",
  "memos.manage": "memo's opstellen en publiceren",
  "memos.read": "memo's lezen",
  "decisions.manage": "collegebesluiten beheren",
  "decisions.view": "collegebesluiten bekijken",
  "questions.register": "raadsvragen registreren",
  "questions.answer": "antwoorden op raadsvragen opstellen",
  "questions.view": "beantwoorde raadsvragen bekijken",
  "questions.view_open": "openstaande raadsvragen bekijken",
  "links.manage": "verwijzingen beheren",
  "search.use": "zoeken",
  "devices.manage": "apparaten en inventarissen beheren",
  "channels.manage": "communicatiekanalen beheren",
  "channels.view": "communicatiekanalen bekijken",
  "sessions.own": "eigen sessies bekijken en beëindigen",
  "sessions.end_any": "sessies van anderen beëindigen",
};

const lookup = (labels: Record<string, string>, code: string) => (Object.hasOwn(labels, code) ? labels[code] : undefined);

export function auditActionLabel(code: string): string {
  return lookup(auditActionLabels, code) ?? code;
}

export function auditObjectTypeLabel(code: string): string {
  return lookup(auditObjectTypeLabels, code) ?? code;
}

/** "Recht: lijsten bekijken" instead of "Recht lists.view"; ids of records stay as they are. */
export function auditObjectLabel(objectType: string, objectId: string | null): { type: string; detail: string | null } {
  const type = auditObjectTypeLabel(objectType);
  if (objectId == null) return { type, detail: null };
  if (objectType === "permission") return { type, detail: lookup(permissionLabels, objectId) ?? objectId };
  if (objectType === "list_version") return { type, detail: `versie ${objectId}` };
  return { type, detail: objectId };
}

/** Why a checkpoint was written, as stored in audit_checkpoint.reason. */
export function checkpointReasonLabel(reason: string): string {
  const publication = /^publication:(\d+)$/.exec(reason);
  if (publication) return `bij de publicatie van lijstversie ${publication[1]}`;
  return lookup(checkpointReasonLabels, reason) ?? reason;
}

const checkpointReasonLabels: Record<string, string> = {
  first: "bij de eerste regel",
  start: "bij het starten van het portaal",
  daily: "dagelijks",
  interval: "na 100 nieuwe regels",
};
