import type { InventoryProblem } from "@/db/schema/inventory";

export type { InventoryProblem };

/** A refusal with the problems to show; thrown inside the import and turned into a failed import row. */
export class ImportProblem extends Error {
  constructor(readonly problems: InventoryProblem[]) {
    super(problems[0]?.message ?? "import geweigerd");
  }
}

export const refuse = (message: string, line: number | null = null) => new ImportProblem([{ line, message }]);

type DbError = { code?: string; message?: string; where?: string; cause?: unknown };

const COPY_LINE = /COPY inventory_staging, line (\d+)/;

/**
 * Turns an error of COPY into a Dutch problem. `lineOffset` is the file line just before the first
 * record COPY saw (the header and earlier chunks), so COPY's own "line N" becomes the line in the file.
 */
export function copyProblem(error: unknown, lineOffset: number): ImportProblem | null {
  const e = findDbError(error);
  if (!e?.code) return null;
  const match = COPY_LINE.exec(e.where ?? "") ?? COPY_LINE.exec(e.message ?? "");
  const line = match ? lineOffset + Number(match[1]) : null;
  const at = line ? `Regel ${line}: ` : "";
  const text = e.message ?? "";
  if (e.code === "22021" && /0x00/.test(text)) return refuse(`${at}het bestand bevat een NUL-teken (een byte 0). Dat hoort niet in een CSV-bestand; exporteer het bestand opnieuw.`, line);
  if (e.code === "22021") {
    return refuse(`${at}het bestand is niet in UTF-8 opgeslagen (waarschijnlijk Windows-1252, "CSV (gescheiden door lijstscheidingsteken)"). Open het in Excel en kies Opslaan als → "CSV UTF-8 (door komma's gescheiden)".`, line);
  }
  if (e.code === "22P04" && /unterminated/.test(text)) {
    // PostgreSQL reports the line where it ran out of file, not where the quote was opened.
    const where = line ? `Tot regel ${line} is een aanhalingsteken (") geopend maar niet gesloten` : 'Een aanhalingsteken (") is geopend maar niet gesloten';
    return refuse(`${where}. Zoek vóór die regel een veld dat met een aanhalingsteken begint en niet met een aanhalingsteken eindigt; een aanhalingsteken binnen een veld schrijft u dubbel ("").`, line);
  }
  if (e.code === "22P04" && /extra data/.test(text)) return refuse(`${at}deze regel heeft meer kolommen dan de eerste regel. Staat er een scheidingsteken in een veld zonder aanhalingstekens eromheen?`, line);
  if (e.code === "22P04" && /missing data/.test(text)) return refuse(`${at}deze regel heeft minder kolommen dan de eerste regel (of is leeg).`, line);
  if (e.code === "22P04" && /carriage return|newline/.test(text)) return refuse(`${at}de regeleinden in het bestand zijn niet overal gelijk (Windows en Unix door elkaar). Sla het bestand opnieuw op.`, line);
  if (e.code.startsWith("22")) return refuse(`${at}deze regel kon niet worden gelezen (${e.code}). Controleer de aanhalingstekens en scheidingstekens op die regel.`, line);
  return null;
}

function findDbError(error: unknown): DbError | null {
  let current = error as DbError | undefined;
  for (let depth = 0; current && depth < 4; depth++) {
    if (typeof current.code === "string" && /^[0-9A-Z]{5}$/.test(current.code)) return current;
    current = current.cause as DbError | undefined;
  }
  return null;
}
