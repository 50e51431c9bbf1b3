// The audit log stores stable English codes; the CISO reads Dutch. Unknown codes are shown as they are,
// so a new action is never hidden just because nobody added a label for it yet.
const actionLabels: Record<string, string> = {
  "auth.login": "Inloggen",
  "auth.logout": "Uitloggen",
  "audit.view": "Auditlog bekeken",
  "page.open": "Pagina geopend",
  "audit.export": "Auditlog geëxporteerd",
  "list.publish": "Lijstversie gepubliceerd",
  "app.create": "App toegevoegd",
  "app.update": "App gewijzigd",
  "app.remove": "App verwijderd uit concept",
  "app.import": "Apps geïmporteerd",
  "app.import.preview": "Appimport gecontroleerd",
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
};

const objectTypeLabels: Record<string, string> = {
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
};

export function auditActionLabel(code: string): string {
  return actionLabels[code] ?? code;
}

export function auditObjectTypeLabel(code: string): string {
  return objectTypeLabels[code] ?? code;
}
