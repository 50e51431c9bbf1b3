import { intuneCsv } from "@/lib/mdm-exports/intune";
import { mdmExportRoute } from "../_lib/export-route";

export const dynamic = "force-dynamic";

/** The restricted-apps entries of both platforms as a spreadsheet (formula-safe, see lib/csv.ts). */
export const GET = mdmExportRoute("list.version.export.intune", ({ version }) => ({
  body: intuneCsv(version),
  fileName: `lijstversie-${version.number}-intune.csv`,
  contentType: "text/csv; charset=utf-8",
  details: { format: "intune-csv" },
}));
