import { CsvError, parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { hasControlChars } from "@/lib/form-data";

export type CsvCell = string | number | null | undefined;

// OWASP "CSV injection": a spreadsheet runs a cell starting with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Puts a single quote before a value a spreadsheet would run as a formula; other values stay as they are. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * A CSV file for spreadsheets: comma-separated, CRLF line ends, a UTF-8 byte order mark so Excel
 * reads é and ë correctly, quotes where needed, and no cell that a spreadsheet would run as a formula.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const cell = (value: CsvCell) => (typeof value === "string" ? neutraliseFormula(value) : value == null ? "" : String(value));
  return stringify([headers.map(cell), ...rows.map((row) => row.map(cell))], {
    bom: true,
    delimiter: ",",
    record_delimiter: "windows",
    // csv-stringify does not quote line breaks by itself when the record delimiter is CRLF.
    quoted_match: /[\r\n]/,
  });
}

export type CsvRecord = { line: number; cells: string[] };
export type CsvTable = { delimiter: "," | ";"; header: CsvRecord; records: CsvRecord[] };

export type CsvProblem = { line: number | null; message: string };

/** A file that is not readable as CSV at all; the messages are Dutch and meant for the user, one per line at fault. */
export class CsvReadError extends Error {
  constructor(message: string, readonly line: number | null, readonly problems: CsvProblem[] = [{ line, message }]) {
    super(message);
  }
}

const MAX_PROBLEMS = 20;

// A NUL byte or another control character passes every column check, but the database refuses it
// at the import itself; a binary file saved as .csv is full of them. Name each line that has one.
function controlCharProblems(records: CsvRecord[]): CsvProblem[] {
  const problems: CsvProblem[] = [];
  for (const { line, cells } of records) {
    const column = cells.findIndex(hasControlChars);
    if (column === -1) continue;
    problems.push({ line, message: `Regel ${line}: in kolom ${column + 1} staat een onzichtbaar stuurteken (zoals een nul-teken). Haal het weg of sla het bestand opnieuw op als CSV (UTF-8).` });
  }
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), { line: null, message: `En nog ${problems.length - MAX_PROBLEMS} regels met zo'n teken. Is dit wel een CSV-bestand?` }];
}

const BOM = /^\uFEFF/;
const LINE_BREAK = /\r\n|\r|\n/g;

/** Excel in Dutch saves with `;`, most other tools with `,`: the header line tells which one this file uses. */
export function detectDelimiter(headerLine: string): "," | ";" {
  const count = (char: string) => headerLine.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/**
 * Reads CSV text into a header and records, each with the line number it starts on (as a
 * spreadsheet or text editor shows it). Blank lines and lines of only separators are skipped.
 */
export function readCsv(text: string): CsvTable {
  const content = text.replace(BOM, "");
  const firstLine = content.split(LINE_BREAK).find((line) => line.trim() !== "");
  if (firstLine === undefined) throw new CsvReadError("Het bestand is leeg.", null);
  const delimiter = detectDelimiter(firstLine);

  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    // The sync typings do not model `info: true`, which wraps each record with its position.
    parsed = parse(content, { delimiter, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as unknown as typeof parsed;
  } catch (error) {
    if (error instanceof CsvError) throw readErrorFrom(error);
    throw error;
  }
  const records = parsed
    .filter(({ record }) => record.some((cell) => cell.trim() !== ""))
    .map(({ record, info }) => ({
      // info.lines is the line a record ends on; line breaks inside quoted cells move its start up.
      line: info.lines - record.reduce((sum, cell) => sum + (cell.match(LINE_BREAK)?.length ?? 0), 0),
      cells: record,
    }));
  const problems = controlCharProblems(records);
  if (problems.length > 0) throw new CsvReadError(problems[0].message, problems[0].line, problems);
  const [header, ...rest] = records;
  // Lines of only separators (",,,") are skipped above, so a file can still turn out empty here.
  if (!header) throw new CsvReadError("Het bestand is leeg.", null);
  return { delimiter, header, records: rest };
}

function readErrorFrom(error: CsvError): CsvReadError {
  const line = (error as CsvError & { lines?: number }).lines ?? null;
  if (error.code === "CSV_QUOTE_NOT_CLOSED") {
    return new CsvReadError("Er staat een aanhalingsteken (\") in het bestand dat nergens wordt afgesloten. Kijk na of elke waarde tussen aanhalingstekens ook een afsluitend aanhalingsteken heeft.", line);
  }
  return new CsvReadError(`Het bestand is geen geldig CSV-bestand${line ? ` (rond regel ${line})` : ""}. Sla het opnieuw op als CSV en probeer het nog eens.`, line);
}

/**
 * File bytes to text: UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252, which is what
 * Excel on a Dutch Windows computer uses for "CSV (gescheiden door lijstscheidingsteken)".
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Bytes 0x80-0x9F of Windows-1252 (curly quotes, en dash, euro sign); the rest equals Latin-1. Node 20's
// TextDecoder("windows-1252") decodes these as Latin-1 control characters, so the table is ours.
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  for (const byte of bytes) {
    chars.push(byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte));
  }
  return chars.join("");
}
