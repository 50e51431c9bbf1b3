import { stringify } from "csv-stringify/sync";
import type { AuditEventRow } from "@/db/queries/audit";
import { auditActionLabel, auditObjectTypeLabel } from "@/lib/audit-labels";
import { auditResultLabels } from "@/lib/labels";

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection); a leading
// apostrophe makes it plain text again.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const localTime = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

const headers = [
  "Nummer",
  "Tijd (Nederlandse tijd)",
  "Tijd (UTC)",
  "Wie",
  "E-mailadres",
  "Handeling",
  "Code handeling",
  "Soort object",
  "Object",
  "Resultaat",
  "IP-adres",
  "Gegevens vóór",
  "Gegevens na",
];

const json = (value: unknown) => (value == null ? "" : JSON.stringify(value));

/** UTF-8 with a byte order mark and semicolons, so Dutch Excel opens it with accents and columns intact. */
export function auditEventsToCsv(rows: AuditEventRow[]): string {
  const records = rows.map((row) =>
    [
      String(row.id),
      localTime.format(row.at),
      row.at.toISOString(),
      row.actorLabel,
      row.actorEmail ?? "",
      auditActionLabel(row.action),
      row.action,
      auditObjectTypeLabel(row.objectType),
      row.objectId ?? "",
      auditResultLabels[row.result],
      row.ip ?? "",
      json(row.before),
      json(row.after),
    ].map(neutraliseCell),
  );
  return stringify([headers, ...records], { bom: true, delimiter: ";", record_delimiter: "windows" });
}
