import type { AppSource, Measure } from "@/db/schema/enums";
import { appFieldsSchema, type AppFields } from "@/lib/lists/app-fields";
import { CsvReadError, readCsv, toCsv, type CsvRecord, type CsvTable } from "@/lib/csv";
import { measureLabels, sourceLabels } from "@/lib/labels";
import type { AppRow } from "@/lib/lists/diff";

type ColumnKey = keyof AppFields | "vendor" | "country";
type Column = { key: ColumnKey; header: string; required: boolean; explanation: string; example: string };

/** The columns of an app import, in the order of the example file. Shown as the explanation on the import page. */
export const appCsvColumns: readonly Column[] = [
  { key: "name", header: "naam", required: true, explanation: "De naam van de app, zoals in de app-winkel.", example: "Douyin" },
  { key: "vendor", header: "leverancier", required: true, explanation: "Het bedrijf achter de app. Staat het er nog niet in, dan komt het erbij.", example: "Bytedance" },
  { key: "country", header: "land", required: true, explanation: "De landcode (twee letters, zoals CN) van een land op de landenlijst. Verplicht bij een nieuwe leverancier; bij een bekende leverancier moet het kloppen of leeg zijn.", example: "CN" },
  { key: "category", header: "categorie", required: true, explanation: "Het soort app, zoals Sociale media of Winkelen.", example: "Video" },
  { key: "measure", header: "maatregel", required: true, explanation: "verboden (niet op werkapparaten) of ontraden (niet op privéapparaten die u voor het werk gebruikt).", example: "verboden" },
  { key: "source", header: "bron", required: true, explanation: "vng-top (VNG-advies, top), vng-overig (VNG-advies, overige apps) of eigen (eigen bevinding).", example: "eigen" },
  { key: "sourceNote", header: "bron_toelichting", required: false, explanation: "Waar de app genoemd wordt, bijvoorbeeld het advies en de datum.", example: "Gezien in de app-inventaris van maart 2026" },
  { key: "iosBundleId", header: "ios_bundel_id", required: false, explanation: "De bundel-ID in de App Store, zoals com.tencent.xin.", example: "com.ss.iphone.ugc.Aweme" },
  { key: "androidPackage", header: "android_pakketnaam", required: false, explanation: "De pakketnaam in Google Play, zoals com.tencent.mm.", example: "" },
  { key: "notes", header: "toelichting", required: false, explanation: "Een opmerking bij de app.", example: "Chinese versie van TikTok" },
];

const HEADER_ALIASES: Record<string, string> = { ios_bundle_id: "ios_bundel_id", android_package: "android_pakketnaam", android_package_name: "android_pakketnaam" };
const MEASURES: Record<string, Measure> = { verboden: "banned", ontraden: "discouraged" };
const SOURCES: Record<string, AppSource> = { "vng-top": "vng_top", "vng-overig": "vng_other", eigen: "own_finding" };
export const MAX_IMPORT_ROWS = 1000;

export type AppImportLookups = {
  /** Countries on the list now (not delisted). */
  countries: { id: number; code: string; name: string }[];
  vendors: { id: number; name: string; countryCode: string }[];
  /** Apps in the draft that are not removed. */
  apps: { name: string; vendorName: string; iosBundleId: string | null; androidPackage: string | null }[];
};
export type AppImportRow = { line: number; app: AppFields; vendor: { id: number | null; name: string; countryCode: string } };
export type AppImportError = { line: number | null; message: string };
export type AppImportResult = { rows: AppImportRow[]; errors: AppImportError[] };

/** "iOS-bundel-ID " → "ios_bundel_id": header names match whatever the case, spaces, hyphens or accents. */
export function normaliseHeader(header: string): string {
  const plain = header.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  return (Object.hasOwn(HEADER_ALIASES, plain) ? HEADER_ALIASES[plain] : undefined) ?? plain;
}

const lower = (value: string) => value.toLowerCase();
const keyword = (value: string) => value.trim().toLowerCase().replace(/[\s_]+/g, "-");
const quote = (value: string) => `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
const rowError = (line: number, detail: string): AppImportError => ({ line, message: `Regel ${line}: ${detail}` });

/**
 * Reads and checks an app import: every row against the app form's rules, the country list, the
 * vendors, and for duplicates within the file and in the draft. Reports every problem it finds, so
 * the user can fix the file in one go; the import itself is all or nothing.
 */
export function parseAppCsv(text: string, lookups: AppImportLookups): AppImportResult {
  let table: CsvTable;
  try {
    table = readCsv(text);
  } catch (error) {
    if (error instanceof CsvReadError) return { rows: [], errors: error.problems };
    throw error;
  }
  const header = mapHeader(table.header);
  if (header.errors.length > 0) return { rows: [], errors: header.errors };
  if (table.records.length === 0) return { rows: [], errors: [{ line: null, message: "Het bestand heeft geen regels met apps onder de kopregel." }] };
  if (table.records.length > MAX_IMPORT_ROWS) {
    return { rows: [], errors: [{ line: null, message: `Het bestand heeft ${table.records.length} regels met apps. Importeer er hoogstens ${MAX_IMPORT_ROWS} tegelijk.` }] };
  }

  const checker = new RowChecker(lookups);
  const rows: AppImportRow[] = [];
  const errors: AppImportError[] = [];
  for (const record of table.records) {
    const result = checker.check(record, header.columns);
    if ("errors" in result) errors.push(...result.errors);
    else rows.push(result.row);
  }
  return { rows, errors };
}

function mapHeader(header: CsvRecord): { columns: (ColumnKey | null)[]; errors: AppImportError[] } {
  const byHeader = new Map(appCsvColumns.map((c) => [c.header, c.key]));
  const errors: AppImportError[] = [];
  const seen = new Set<ColumnKey>();
  const known = appCsvColumns.map((c) => c.header).join(", ");
  const columns = header.cells.map((cell) => {
    if (cell.trim() === "") return null;
    const key = byHeader.get(normaliseHeader(cell));
    if (!key) errors.push(rowError(header.line, `de kolom ${quote(cell.trim())} kennen we niet. Gebruik deze kolomnamen: ${known}.`));
    else if (seen.has(key)) errors.push(rowError(header.line, `de kolom ${quote(cell.trim())} staat er twee keer in.`));
    else seen.add(key);
    return key ?? null;
  });
  for (const column of appCsvColumns) {
    if (column.required && !seen.has(column.key)) errors.push(rowError(header.line, `de kolom ${quote(column.header)} ontbreekt in de kopregel.`));
  }
  return { columns, errors };
}

/** Checks rows one by one and remembers what earlier rows used, to find duplicates within the file. */
class RowChecker {
  private readonly countries: Map<string, { code: string }>;
  private readonly vendors: Map<string, { id: number | null; name: string; countryCode: string; line?: number }>;
  private readonly ios = new Map<string, string>();
  private readonly android = new Map<string, string>();
  private readonly nameVendor = new Map<string, string>();

  constructor(lookups: AppImportLookups) {
    this.countries = new Map(lookups.countries.map((c) => [c.code, c]));
    this.vendors = new Map(lookups.vendors.map((v) => [lower(v.name), v]));
    for (const app of lookups.apps) {
      const label = `${app.name} (${app.vendorName}) in het concept`;
      if (app.iosBundleId) this.ios.set(lower(app.iosBundleId), `hoort al bij ${label}`);
      if (app.androidPackage) this.android.set(lower(app.androidPackage), `hoort al bij ${label}`);
      this.nameVendor.set(`${lower(app.name)}\u0000${lower(app.vendorName)}`, "staat al in het concept");
    }
  }

  check(record: CsvRecord, columns: (ColumnKey | null)[]): { row: AppImportRow } | { errors: AppImportError[] } {
    const { line } = record;
    const details: string[] = [];
    const extra = record.cells.slice(columns.length).filter((cell) => cell.trim() !== "");
    if (extra.length > 0) {
      details.push(`deze regel heeft meer waarden dan er kolommen zijn. Staat er een komma of puntkomma in een waarde? Zet die waarde dan tussen aanhalingstekens (").`);
    }
    const raw: Partial<Record<ColumnKey, string>> = {};
    columns.forEach((key, i) => {
      if (key) raw[key] = (record.cells[i] ?? "").trim();
    });

    const measure = this.lookupKeyword(raw.measure, MEASURES, "maatregel", "verboden of ontraden", details);
    const source = this.lookupKeyword(raw.source, SOURCES, "bron", "vng-top, vng-overig of eigen", details);
    const parsed = appFieldsSchema.safeParse({ ...raw, measure, source });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as ColumnKey;
        if (field === "measure" || field === "source") continue;
        details.push(fieldMessage(field, raw[field] ?? "", issue.message));
      }
    }
    const vendor = this.checkVendor(raw.vendor ?? "", (raw.country ?? "").toUpperCase(), line, details);

    if (parsed.success) {
      const app = parsed.data;
      this.claim(this.ios, app.iosBundleId, line, (where) => `de iOS-bundel-ID ${quote(app.iosBundleId!)} ${where}.`, details);
      this.claim(this.android, app.androidPackage, line, (where) => `de Android-pakketnaam ${quote(app.androidPackage!)} ${where}.`, details);
      if (vendor) {
        this.claim(this.nameVendor, `${lower(app.name)}\u0000${lower(vendor.name)}`, line, (where) => `de app ${quote(app.name)} van ${vendor.name} ${where}.`, details);
      }
    }
    if (details.length > 0 || !parsed.success || !vendor) return { errors: details.map((d) => rowError(line, d)) };
    return { row: { line, app: parsed.data, vendor } };
  }

  private lookupKeyword<T>(value: string | undefined, map: Record<string, T>, column: string, allowed: string, details: string[]): T | undefined {
    if (!value) {
      details.push(`vul de ${column} in: ${allowed}.`);
      return undefined;
    }
    // Own keys only: "constructor" must not find Object's own function and slip through as a value.
    const key = keyword(value);
    const found = Object.hasOwn(map, key) ? map[key] : undefined;
    if (found === undefined) details.push(`de ${column} ${quote(value)} kennen we niet. Gebruik ${allowed}.`);
    return found;
  }

  private checkVendor(name: string, countryCode: string, line: number, details: string[]) {
    if (!name) {
      details.push("vul de leverancier in.");
      return null;
    }
    if (name.length > 120) {
      details.push("de naam van de leverancier is te lang (hoogstens 120 tekens).");
      return null;
    }
    const known = this.vendors.get(lower(name));
    if (known) {
      if (countryCode && countryCode !== known.countryCode) {
        const where = known.line ? `op regel ${known.line}` : "in de lijst";
        details.push(`leverancier ${known.name} heeft ${where} land ${known.countryCode}, niet ${countryCode}. Laat het land leeg of gebruik ${known.countryCode}.`);
        return null;
      }
      return { id: known.id, name: known.name, countryCode: known.countryCode };
    }
    if (!countryCode) {
      details.push(`leverancier ${quote(name)} is nieuw: vul het land in (de landcode, zoals CN).`);
      return null;
    }
    if (!this.countries.has(countryCode)) {
      const codes = [...this.countries.keys()].sort().join(", ");
      details.push(`het land ${quote(countryCode)} staat niet op de landenlijst. Gebruik een van deze landcodes: ${codes}.`);
      return null;
    }
    // The first row that names a new vendor decides its spelling and country for the rest of the file.
    const created = { id: null, name, countryCode, line };
    this.vendors.set(lower(name), created);
    return { id: null, name, countryCode };
  }

  private claim(seen: Map<string, string>, value: string | null, line: number, message: (where: string) => string, details: string[]) {
    if (!value) return;
    const key = lower(value);
    const where = seen.get(key);
    if (where) details.push(message(where));
    else seen.set(key, `staat ook op regel ${line}`);
  }
}

const fieldLabels: Record<ColumnKey, string> = Object.fromEntries(appCsvColumns.map((c) => [c.key, c.header])) as Record<ColumnKey, string>;

function fieldMessage(field: ColumnKey, value: string, message: string): string {
  if (field === "iosBundleId") return `de iOS-bundel-ID ${quote(value)} is ongeldig. Een bundel-ID bestaat uit delen met punten ertussen, zoals com.tencent.xin.`;
  if (field === "androidPackage") return `de Android-pakketnaam ${quote(value)} is ongeldig. Een pakketnaam bestaat uit delen met punten ertussen en elk deel begint met een letter, zoals com.tencent.mm.`;
  return `kolom ${fieldLabels[field] ?? field}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}

/** The example file offered for download: the header and one filled-in row. */
export function appCsvTemplate(): string {
  return toCsv(appCsvColumns.map((c) => c.header), [appCsvColumns.map((c) => c.example)]);
}

/** A published version as a spreadsheet, with Dutch column names and values. */
export function versionAppsCsv(apps: readonly Omit<AppRow, "appId">[]): string {
  const yesNo = (value: boolean) => (value ? "ja" : "nee");
  return toCsv(
    ["Naam", "Leverancier", "Land", "Landcode", "Categorie", "Maatregel", "Bron", "iOS-bundel-ID", "iOS-bundel-ID gecontroleerd", "Android-pakketnaam", "Android-pakketnaam gecontroleerd"],
    apps.map((a) => [
      a.name, a.vendorName, a.countryName, a.countryCode, a.category, measureLabels[a.measure], sourceLabels[a.source],
      a.iosBundleId, a.iosBundleId ? yesNo(a.iosVerified) : "", a.androidPackage, a.androidPackage ? yesNo(a.androidVerified) : "",
    ]),
  );
}
