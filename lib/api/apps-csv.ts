import { stringify } from "csv-stringify/sync";
import type { AppRow } from "@/lib/list-diff";
import { toApiApp } from "./representation";

const columns = [
  "id", "naam", "leverancier", "landcode", "land", "categorie", "maatregel",
  "bron", "iosBundelId", "iosGeverifieerd", "androidPakketnaam", "androidGeverifieerd",
] as const;

// A cell that starts with =, +, - or @ is a formula to a spreadsheet; a leading quote keeps it text.
const neutralise = (value: unknown) => {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
};

/** The apps as RFC 4180 CSV with the same column names as the JSON properties. */
export function appsCsv(rows: AppRow[]): string {
  const records = rows.map((row) => {
    const app = toApiApp(row);
    return columns.map((column) => neutralise(app[column]));
  });
  return stringify([[...columns], ...records], { record_delimiter: "\r\n" });
}
