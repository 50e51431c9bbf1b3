const QUOTE = 0x22;
const NEWLINE = 0x0a;

/** Counts records in a CSV byte stream, carrying the quote state across chunks. */
export class RecordCounter {
  private inQuotes = false;

  /** The records the chunk completes, and the offset just after the last newline that ends one (-1: none). */
  scan(chunk: Uint8Array): { records: number; lastEnd: number } {
    let records = 0;
    let lastEnd = -1;
    let inQuotes = this.inQuotes;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === QUOTE) inQuotes = !inQuotes;
      else if (byte === NEWLINE && !inQuotes) {
        records++;
        lastEnd = i + 1;
      }
    }
    this.inQuotes = inQuotes;
    return { records, lastEnd };
  }
}

/**
 * Cuts a CSV byte stream at record boundaries: a newline outside quotes ends a record; a quoted field may
 * hold newlines, and its "" escape toggles the quote state twice, so it needs no special case. The state
 * carries across chunks, so a quote or a record may straddle any chunk border. Only whole records leave it.
 */
export class RecordSplitter {
  private parts: Uint8Array[] = [];
  private buffered = 0;
  private completeBytes = 0;
  private completeRecords = 0;
  private counter = new RecordCounter();

  /** Adds bytes; returns how many records they completed. */
  push(chunk: Uint8Array): number {
    const { records, lastEnd } = this.counter.scan(chunk);
    if (lastEnd >= 0) this.completeBytes = this.buffered + lastEnd;
    this.parts.push(chunk);
    this.buffered += chunk.length;
    this.completeRecords += records;
    return records;
  }

  /** Bytes of whole records waiting to be taken. */
  get readyBytes(): number {
    return this.completeBytes;
  }

  /** Takes the whole records buffered so far, leaving the start of an unfinished one. */
  take(): { bytes: Uint8Array; records: number } {
    const all = concat(this.parts, this.buffered);
    const bytes = all.subarray(0, this.completeBytes);
    const rest = all.subarray(this.completeBytes);
    const records = this.completeRecords;
    this.parts = rest.length ? [rest.slice()] : [];
    this.buffered = rest.length;
    this.completeBytes = 0;
    this.completeRecords = 0;
    return { bytes, records };
  }

  /** At the end of the file: the last record may lack its newline. */
  flush(): { bytes: Uint8Array; records: number } {
    const all = concat(this.parts, this.buffered);
    const tail = all.subarray(this.completeBytes);
    const extra = tail.some((b) => b !== 0x0d && b !== NEWLINE && b !== 0x20) ? 1 : 0;
    const records = this.completeRecords + extra;
    const bytes = extra ? all : all.subarray(0, this.completeBytes);
    this.parts = [];
    this.buffered = this.completeBytes = this.completeRecords = 0;
    return { bytes, records };
  }
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
