import { toCsv } from "@/lib/csv";
import type { AppRow } from "@/lib/lists/diff";
import { toApiApp } from "./representation";

// The same column names as the JSON properties, so both formats read alike.
const columns = [
  "id", "naam", "leverancier", "landcode", "land", "categorie", "maatregel",
  "bron", "iosBundelId", "iosGeverifieerd", "androidPakketnaam", "androidGeverifieerd",
] as const;

export function appsCsv(rows: AppRow[]): string {
  return toCsv(
    columns,
    rows.map((row) => {
      const app = toApiApp(row);
      return columns.map((column) => (typeof app[column] === "boolean" ? String(app[column]) : app[column]));
    }),
  );
}
