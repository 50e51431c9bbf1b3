import { eq } from "drizzle-orm";
import { isPglite, type Db } from "@/db/client";
import { inventoryImports } from "@/db/schema";
import type { InventoryFormat } from "@/db/schema/enums";
import { writeAudit } from "@/lib/audit/chain";
import { BodyReader, DEFAULT_BYTE_LIMIT } from "./body-reader";
import { classifyStagingRange, stagingBlocks, summariseImport, type ImportSummary } from "./classify";
import { pgliteSink } from "./copy-pglite";
import { postgresSink } from "./copy-postgres";
import type { StagingSink } from "./copy-target";
import { formatOfProblem, readHeader } from "./header";
import { ALREADY_RUNNING, failCrashedImports, failImport, importContext, reportProgress, startImportRow, truncateStaging, type ImportActor } from "./import-rows";
import { ImportProblem, refuse, type InventoryProblem } from "./problems";
import { checkStagingRows } from "./staging-checks";

export type ImportInput = {
  actor: ImportActor;
  ip: string | null;
  fileName: string;
  body: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;
  byteLimit?: number;
  now?: Date;
  /** Tests only: smaller PGlite chunks, so chunk borders are crossed with little data. */
  pgliteChunkBytes?: number;
};
export type ImportResult =
  | { ok: true; importId: number; counts: ImportSummary & { rowCount: number } }
  | { ok: false; importId?: number; message: string; problems: InventoryProblem[] };

// Each slice is its own short transaction, so a million-row file never holds one long lock. PGlite runs in
// this process: smaller slices with a turn for other requests between them (50,000 rows held it ~1 s, measured).
// In disk blocks of the staging table: an Intune row takes about 1/32 of a block.
export const classifySlice = (db: Db) => (isPglite(db) ? 320 : 1600);
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Imports one MDM inventory file, all or nothing: header → one running import row → COPY into the
 * staging table as the bytes arrive → required-field check → classification in slices → one final
 * transaction that completes the row and writes one audit row. Any problem removes what this import
 * wrote and records it as failed; the previous completed import stays the current inventory.
 */
export async function importInventory(db: Db, input: ImportInput): Promise<ImportResult> {
  const now = input.now ?? new Date();
  const reader = new BodyReader(input.byteLimit ?? DEFAULT_BYTE_LIMIT);
  const chunks = reader.read(input.body)[Symbol.asyncIterator]();
  let importId: number | null = null;
  let format: InventoryFormat = "generic";
  let sink: StagingSink | null = null;
  try {
    const header = await readHeader(chunks);
    format = header.format;
    await failCrashedImports(db, now);
    importId = await startImportRow(db, { format, fileName: input.fileName, actor: input.actor, now });
    if (importId === null) return { ok: false, message: ALREADY_RUNNING, problems: [{ line: null, message: ALREADY_RUNNING }] };
    const id = importId;
    await truncateStaging(db);

    const progress = (records: number) => reportProgress(db, id, records, reader.bytes);
    sink = isPglite(db) ? pgliteSink(db, header, progress, input.pgliteChunkBytes) : await postgresSink(db, header, progress);
    if (header.rest.length) await sink.write(header.rest);
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) await sink.write(next.value);
    await sink.finish();
    sink = null;

    const rowCount = await checkStagingRows(db);
    if (rowCount === 0) throw refuse("Het bestand heeft alleen een kopregel en geen apparaten.");
    await reportProgress(db, id, rowCount, reader.bytes);
    const { listVersionId, managedDeviceTotal } = await importContext(db);
    if (listVersionId === null) throw refuse("Er is nog geen gepubliceerde versie van de lijst, dus er is niets om tegen te controleren.");
    const slice = classifySlice(db);
    const blocks = await stagingBlocks(db);
    for (let from = 0; from < blocks; from += slice) {
      await db.transaction((tx) => classifyStagingRange(tx, { importId: id, listVersionId, fromBlock: from, toBlock: from + slice }));
      await yieldToEventLoop();
    }
    const sha256 = reader.sha256();
    const counts = await db.transaction(async (tx) => {
      const summary = await summariseImport(tx, id);
      await tx
        .update(inventoryImports)
        .set({ status: "completed", rowCount, rowsRead: rowCount, ...summary, fileSha256: sha256, byteSize: reader.bytes, listVersionId, managedDeviceTotal, finishedAt: input.now ?? new Date() })
        .where(eq(inventoryImports.id, id));
      await writeAudit(tx, {
        actorId: input.actor.id,
        actorLabel: input.actor.name,
        action: "inventory.import",
        objectType: "inventory_import",
        objectId: id,
        result: "success",
        ip: input.ip,
        after: { fileName: input.fileName, format, sha256, byteSize: reader.bytes, rowCount, listVersionId, managedDeviceTotal, ...summary },
      });
      return { rowCount, ...summary };
    });
    // The import is committed; an empty staging table is tidiness, and the next import empties it first anyway.
    await truncateStaging(db).catch(() => {});
    return { ok: true, importId: id, counts };
  } catch (error) {
    if (sink) await sink.abort();
    if (!(error instanceof ImportProblem)) console.error("inventory import failed", error);
    const problems = error instanceof ImportProblem ? error.problems : [{ line: null, message: "Er ging iets mis bij het verwerken van het bestand. Er is niets van bewaard; probeer het opnieuw." }];
    if (error instanceof ImportProblem && importId === null) format = formatOfProblem(error);
    const failedId = await failImport(db, { importId, format, fileName: input.fileName, actor: input.actor, ip: input.ip, now, byteSize: reader.bytes, problems });
    if (importId !== null) await truncateStaging(db);
    return { ok: false, importId: failedId, message: problems[0].message, problems };
  } finally {
    await chunks.return?.(undefined);
  }
}
