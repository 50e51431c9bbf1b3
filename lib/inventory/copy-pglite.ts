import type { PGlite } from "@electric-sql/pglite";
import type { Db } from "@/db/client";
import { copySql, type CopyTarget, type SinkProgress, type StagingSink } from "./copy-target";
import { copyProblem } from "./problems";
import { RecordSplitter } from "./record-splitter";

// PGlite runs in this process: one COPY of 1 MB (about 7,000 Intune rows) keeps the event loop for about 0.2 s (0.4 s for 2 MB, measured), so other
// people's pages wait at most that long. Between chunks the loop gets a turn.
export const PGLITE_CHUNK_BYTES = 1024 * 1024;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** COPY … FROM '/dev/blob' per chunk of whole records; the staging table keeps what earlier chunks copied. */
export function pgliteSink(db: Db, target: CopyTarget, progress: SinkProgress, chunkBytes = PGLITE_CHUNK_BYTES): StagingSink {
  const client = (db as unknown as { $client: PGlite }).$client;
  const splitter = new RecordSplitter();
  const statement = copySql(target, "'/dev/blob'");
  let copied = 0;
  // PostgreSQL numbers the lines of a COPY by newline, also inside a quoted field: count them the same way.
  let linesCopied = 0;

  async function copy(part: { bytes: Uint8Array; records: number }) {
    if (!part.records) return;
    try {
      await client.query(statement, [], { blob: new Blob([part.bytes as Uint8Array<ArrayBuffer>]) });
    } catch (error) {
      // Line 1 is the header; earlier chunks held `linesCopied` lines.
      throw copyProblem(error, 1 + linesCopied) ?? error;
    }
    copied += part.records;
    linesCopied += newlines(part.bytes);
    await progress(copied);
    await yieldToEventLoop();
  }

  return {
    async write(chunk) {
      splitter.push(chunk);
      if (splitter.readyBytes >= chunkBytes) await copy(splitter.take());
    },
    async finish() {
      await copy(splitter.flush());
    },
    async abort() {},
  };
}

function newlines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}
