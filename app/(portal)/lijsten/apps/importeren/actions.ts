"use server";

import { getAppImportLookups, importAppCsv } from "@/lib/lists/app-import";
import { action, ActionError } from "@/lib/action";
import { parseAppCsv } from "@/lib/lists/app-csv";
import { decodeCsvBytes } from "@/lib/csv";
import { formatDate } from "@/lib/dates";
import { appsWord, toImportPreview } from "./preview";
import { importAppsSchema, previewImportSchema } from "./schemas";

// Only reads: the preview changes nothing, so it writes no audit row (a refused attempt is still logged by action()).
export const previewImportAction = action(
  { name: "app.import.preview", schema: previewImportSchema, permission: "lists.edit" },
  async ({ file, text }, { tx }) => {
    const csv = file ? decodeCsvBytes(new Uint8Array(await file.arrayBuffer())) : (text ?? "");
    const lookups = await getAppImportLookups(tx);
    const preview = toImportPreview(csv, parseAppCsv(csv, lookups), lookups);
    const errorCount = preview.errors.length;
    const message = errorCount > 0
      ? `Het bestand heeft ${errorCount === 1 ? "1 fout" : `${errorCount} fouten`}. Er wordt niets geïmporteerd zolang er een fout in staat.`
      : `Het bestand is in orde. U kunt ${appsWord(preview.rows.length)} toevoegen aan het concept.`;
    return { message, data: preview };
  },
);

// Checks the text again on the server: the preview in the browser is never trusted.
export const importAppsAction = action(
  { name: "app.import", schema: importAppsSchema, permission: "lists.edit" },
  async ({ csv }, { tx, audit }) => {
    const outcome = await importAppCsv(tx, csv, { idSource: `CSV-import ${formatDate(new Date())}`, audit });
    if (!outcome.ok) {
      // Only when the draft changed between preview and import, e.g. someone added the same app meanwhile.
      const count = outcome.errors.length;
      throw new ActionError(
        `Er is niets geïmporteerd: het bestand heeft nu ${count === 1 ? "1 fout" : `${count} fouten`}. ${count === 1 ? "De fout" : "De eerste"}: ${outcome.errors[0].message} Controleer het bestand opnieuw.`,
      );
    }
    const vendorNote = outcome.vendors.length === 0 ? "" : `, met ${outcome.vendors.length === 1 ? "1 nieuwe leverancier" : `${outcome.vendors.length} nieuwe leveranciers`}`;
    return {
      message: `${appsWord(outcome.apps.length)} toegevoegd aan het concept${vendorNote}.`,
      redirectTo: "/lijsten/apps",
      revalidate: ["/lijsten", "/lijsten/apps"],
    };
  },
);
