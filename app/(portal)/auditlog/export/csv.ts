import type { AuditEventRow } from "@/db/queries/audit";
import { auditActionLabel, auditObjectTypeLabel } from "@/lib/audit/labels";
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
  "IP-adres",
  "Gegevens vóór",
  "Gegevens na",
];

const json = (value: unknown) => (value == null ? "" : JSON.stringify(value));

/** Readable labels for people, the codes next to them for filtering in a spreadsheet; toCsv neutralises formulas. */
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
      auditObjectTypeLabel(row.objectType),
      row.objectId,
      auditResultLabels[row.result],
      row.ip,
      json(row.before),
      json(row.after),
    ]),
  );
}
