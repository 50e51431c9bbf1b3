import type { InventoryFormat } from "@/db/schema/enums";

// The staging table's columns, keyed by the header name each format uses for them.
// Intune's "AppInvRawData" export: every column is required, in any order.
export const INTUNE_COLUMNS: Record<string, string> = {
  applicationkey: "application_key",
  applicationname: "application_name",
  applicationpublisher: "application_publisher",
  applicationshortversion: "application_short_version",
  applicationversion: "application_version",
  deviceid: "device_id",
  devicename: "device_name",
  emailaddress: "email_address",
  osdescription: "os_description",
  osversion: "os_version",
  platform: "platform",
  userid: "user_id",
  username: "user_name",
};

// The generic format: five required columns, three optional ones that improve matching and the overview.
export const GENERIC_REQUIRED: Record<string, string> = {
  apparaat_id: "device_id",
  eigenaar_email: "email_address",
  platform: "platform",
  app_id: "application_key",
  app_naam: "application_name",
};
export const GENERIC_OPTIONAL: Record<string, string> = {
  apparaat_naam: "device_name",
  os_versie: "os_version",
  uitgever: "application_publisher",
};

export type DetectedFormat = { format: InventoryFormat; columns: string[]; delimiter: string };
export type FormatResult = ({ ok: true } & DetectedFormat) | { ok: false; format: InventoryFormat; message: string };

export const INTUNE_HEADERS = ["ApplicationKey", "ApplicationName", "ApplicationPublisher", "ApplicationShortVersion", "ApplicationVersion", "DeviceId", "DeviceName", "EmailAddress", "OSDescription", "OSVersion", "Platform", "UserId", "UserName"];

/** The header line of an Intune export, as Intune writes it. */
export const INTUNE_HEADER = INTUNE_HEADERS.join(",");

/** The delimiter the header line uses: the most frequent of semicolon, comma and tab. */
export function delimiterOf(headerLine: string): string {
  const counts = [";", ",", "\t"].map((d) => [d, headerLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ",";
}

const cleanName = (name: string) => name.trim().replace(/^"(.*)"$/, "$1").trim().toLowerCase();
const list = (names: string[]) => names.join(", ");

/** Recognises the format from the header line (BOM already removed) and maps each column to a staging column. */
export function detectFormat(headerLine: string): FormatResult {
  const delimiter = delimiterOf(headerLine);
  const names = headerLine.replace(/\r$/, "").split(delimiter).map(cleanName);
  const intuneHits = names.filter((n) => n in INTUNE_COLUMNS).length;
  const genericHits = names.filter((n) => n in GENERIC_REQUIRED || n in GENERIC_OPTIONAL).length;
  const format: InventoryFormat = intuneHits >= genericHits && intuneHits > 0 ? "intune" : "generic";
  const known = format === "intune" ? INTUNE_COLUMNS : { ...GENERIC_REQUIRED, ...GENERIC_OPTIONAL };
  const required = format === "intune" ? INTUNE_HEADERS : Object.keys(GENERIC_REQUIRED);

  if (intuneHits === 0 && genericHits === 0) {
    return {
      ok: false,
      format,
      message: `De eerste regel van het bestand heeft geen kolomnamen die het portaal kent. Gebruik de Intune-export "AppInvRawData" (met onder meer ${list(INTUNE_HEADERS.slice(0, 3))}) of het algemene formaat (met ${list(Object.keys(GENERIC_REQUIRED))}).`,
    };
  }
  const missing = required.filter((name) => !names.includes(name.toLowerCase()));
  const unknown = names.filter((n) => !(n in known));
  const duplicate = names.filter((n, i) => names.indexOf(n) !== i);
  const formatName = format === "intune" ? "de Intune-export" : "het algemene formaat";
  const parts = [
    missing.length ? `Deze kolommen ontbreken: ${list(missing)}.` : "",
    unknown.length ? `Deze kolommen kent het portaal niet: ${list(unknown.map((n) => n || "(lege kolomnaam)"))}. Verwijder ze uit het bestand.` : "",
    duplicate.length ? `Deze kolommen staan er twee keer in: ${list([...new Set(duplicate)])}.` : "",
  ].filter(Boolean);
  if (parts.length) return { ok: false, format, message: `Het bestand lijkt op ${formatName}, maar de kolommen kloppen niet. ${parts.join(" ")}` };
  return { ok: true, format, delimiter, columns: names.map((n) => known[n]) };
}
