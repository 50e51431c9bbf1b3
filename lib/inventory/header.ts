import { looksLikeUtf16, UTF16_MESSAGE, utf8BomLength } from "./encoding";
import { detectFormat, type DetectedFormat } from "./formats";
import { ImportProblem, refuse } from "./problems";

const MAX_HEADER_BYTES = 64 * 1024;

export type Header = DetectedFormat & { rest: Uint8Array };

/**
 * Reads up to the end of the first line and recognises the format from it. Returns the bytes after the
 * header (the start of the data) so nothing read is lost. Refusals carry the format the file seemed to be.
 */
export async function readHeader(chunks: AsyncIterator<Uint8Array>): Promise<Header> {
  let buffered = new Uint8Array(0);
  for (;;) {
    const next = await chunks.next();
    if (next.done) break;
    const joined = new Uint8Array(buffered.length + next.value.length);
    joined.set(buffered);
    joined.set(next.value, buffered.length);
    if (buffered.length === 0 && looksLikeUtf16(joined)) throw refuse(UTF16_MESSAGE, 1);
    buffered = joined;
    const end = headerEnd(buffered);
    if (end >= 0) return parse(buffered, end);
    if (buffered.length > MAX_HEADER_BYTES) throw refuse("De eerste regel van het bestand is langer dan 64 kB. Is dit wel een CSV-bestand met kolomnamen op de eerste regel?", 1);
  }
  if (buffered.length === 0) throw refuse("Het bestand is leeg.");
  return parse(buffered, buffered.length);
}

// The header ends at the first newline outside quotes (a quoted column name could hold one).
function headerEnd(bytes: Uint8Array): number {
  let inQuotes = false;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x22) inQuotes = !inQuotes;
    else if (bytes[i] === 0x0a && !inQuotes) return i + 1;
  }
  return -1;
}

function parse(bytes: Uint8Array, end: number): Header {
  if (looksLikeUtf16(bytes)) throw refuse(UTF16_MESSAGE, 1);
  const start = utf8BomLength(bytes);
  let line: string;
  try {
    line = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start, end)).replace(/\r?\n$/, "");
  } catch {
    throw refuse('Regel 1: het bestand is niet in UTF-8 opgeslagen. Open het in Excel en kies Opslaan als → "CSV UTF-8 (door komma\'s gescheiden)".', 1);
  }
  const result = detectFormat(line);
  if (!result.ok) throw Object.assign(refuse(result.message, 1), { format: result.format });
  return { format: result.format, columns: result.columns, delimiter: result.delimiter, rest: bytes.subarray(end) };
}

export const formatOfProblem = (error: ImportProblem): DetectedFormat["format"] => (error as ImportProblem & { format?: DetectedFormat["format"] }).format ?? "generic";
