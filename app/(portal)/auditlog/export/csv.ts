import type { AuditEventRow } from "@/lib/audit/read";
import { auditChangesText } from "@/lib/audit/describe";
import { auditActionLabel, auditObjectLabel } from "@/lib/audit/labels";
import { toCsv } from "@/lib/csv";
import { auditResultLabels } from "@/lib/labels";

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
  "Nog zo vaak in die minuut",
  "IP-adres",
  "Wijzigingen",
  "Gegevens vóór (JSON)",
  "Gegevens na (JSON)",
];

const json = (value: unknown) => (value == null ? "" : JSON.stringify(value));

/**
 * Readable labels and changes for people, the codes and stored JSON next to them for filtering and
 * checking in a spreadsheet; toCsv neutralises formulas.
 */
export function auditEventsToCsv(rows: AuditEventRow[]): string {
  return toCsv(
    headers,
    rows.map((row) => [
      row.id,
      localTime.format(row.at),
      row.at.toISOString(),
      row.actorLabel,
      row.actorEmail,
      auditActionLabel(row.action),
      row.action,
      auditObjectLabel(row.objectType, row.objectId).type,
      auditObjectLabel(row.objectType, row.objectId).detail,
      auditResultLabels[row.result],
      row.repeats,
      row.ip,
      auditChangesText(row.before, row.after),
      json(row.before),
      json(row.after),
    ]),
  );
}
