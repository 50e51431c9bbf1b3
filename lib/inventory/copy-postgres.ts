import { once } from "node:events";
import { finished } from "node:stream/promises";
import type { Writable } from "node:stream";
import type { Sql } from "postgres";
import type { Db } from "@/db/client";
import { copySql, type CopyTarget, type SinkProgress, type StagingSink } from "./copy-target";
import { copyProblem } from "./problems";
import { RecordCounter } from "./record-splitter";

const PROGRESS_EVERY_BYTES = 4 * 1024 * 1024;

/**
 * One COPY … FROM STDIN for the whole file, fed as the bytes arrive (postgres.js `.writable()`), so the
 * file is never held in memory. The counter only tells the progress bar how many records were sent.
 */
/** Waits until the stream takes more, closes or the COPY is refused; the listeners go with it (no leak per chunk). */
async function drained(stream: Writable, refused: Promise<never>) {
  const stop = new AbortController();
  const { signal } = stop;
  await Promise.race([once(stream, "drain", { signal }), once(stream, "close", { signal }), refused])
    .catch(() => {})
    .finally(() => stop.abort());
}

export async function postgresSink(db: Db, target: CopyTarget, progress: SinkProgress): Promise<StagingSink> {
  const client = (db as unknown as { $client: Sql }).$client;
  const query = client.unsafe(copySql(target, "stdin"));
  const stream: Writable = await query.writable();
  let failure: unknown = null;
  stream.on("error", (error) => (failure ??= error));
  // postgres.js reports an error that arrives after the last chunk (CopyDone sent) only to the query, whose
  // promise has already resolved with this stream; catch it there, or the import would wait forever.
  const refused = new Promise<never>((_, reject) => {
    (query as unknown as { reject: (error: unknown) => void }).reject = (error) => {
      failure ??= error;
      reject(error);
    };
  });
  refused.catch(() => {});
  const counter = new RecordCounter();
  let records = 0;
  let sinceProgress = 0;

  const rethrow = () => {
    if (failure) throw copyProblem(failure, 1) ?? failure;
  };

  return {
    async write(chunk) {
      rethrow();
      records += counter.scan(chunk).records;
      sinceProgress += chunk.length;
      if (!stream.write(chunk)) await drained(stream, refused);
      rethrow();
      if (sinceProgress >= PROGRESS_EVERY_BYTES) {
        sinceProgress = 0;
        await progress(records);
      }
    },
    async finish() {
      rethrow();
      stream.end();
      await Promise.race([finished(stream), refused]).catch((error) => (failure ??= error));
      rethrow();
    },
    async abort() {
      if (!stream.destroyed) stream.destroy(new Error("import afgebroken"));
      await finished(stream).catch(() => {});
    },
  };
}
