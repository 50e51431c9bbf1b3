import type { Measure } from "@/db/schema/enums";
import type { AppImportError, AppImportLookups, AppImportResult } from "@/lib/lists/app-csv";

export type ImportPreviewRow = {
  line: number;
  name: string;
  vendorName: string;
  vendorIsNew: boolean;
  country: string;
  category: string;
  measure: Measure;
  iosBundleId: string | null;
  androidPackage: string | null;
};

/** What the preview action hands to the form: the checked rows, every error, and the text to import. */
export type ImportPreview = { csv: string; rows: ImportPreviewRow[]; errors: AppImportError[] };

export function toImportPreview(csv: string, result: AppImportResult, lookups: AppImportLookups): ImportPreview {
  const countryName = new Map(lookups.countries.map((c) => [c.code, c.name]));
  return {
    csv,
    errors: result.errors,
    rows: result.rows.map(({ line, app, vendor }) => ({
      line,
      name: app.name,
      vendorName: vendor.name,
      vendorIsNew: vendor.id === null,
      // A known vendor may belong to a country that has since left the list: then only its code is known here.
      country: countryName.has(vendor.countryCode) ? `${countryName.get(vendor.countryCode)} (${vendor.countryCode})` : vendor.countryCode,
      category: app.category,
      measure: app.measure,
      iosBundleId: app.iosBundleId,
      androidPackage: app.androidPackage,
    })),
  };
}

export const appsWord = (n: number) => (n === 1 ? "1 app" : `${n} apps`);
