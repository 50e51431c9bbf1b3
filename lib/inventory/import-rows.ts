import { and, desc, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { inventoryDevices, inventoryImports, inventoryMatches, listVersions, organisation } from "@/db/schema";
import type { InventoryFormat } from "@/db/schema/enums";
import { writeAudit } from "@/lib/audit/chain";
import { violatedConstraint } from "@/lib/unique-violations";
import type { InventoryProblem } from "./problems";

export type ImportActor = { id: string | null; name: string };

export const ALREADY_RUNNING = "Er loopt al een import. Wacht tot die klaar is en probeer het dan opnieuw.";
// A running import keeps its row 'running' only while its request lives; one this old was cut off.
const CRASHED_AFTER_MS = 60 * 60 * 1000;

/** Marks a 'running' import older than an hour as failed: its process stopped without finishing. */
export async function failCrashedImports(db: Db, now: Date): Promise<void> {
  await db
    .update(inventoryImports)
    .set({ status: "failed", finishedAt: now, problems: [{ line: null, message: "De import is afgebroken (de server stopte voordat hij klaar was). Er is niets van bewaard." }] })
    .where(and(eq(inventoryImports.status, "running"), lt(inventoryImports.startedAt, new Date(now.getTime() - CRASHED_AFTER_MS))));
}

/** The import's row, 'running'; null when another import runs (the partial unique index decides). */
export async function startImportRow(db: Db, values: { format: InventoryFormat; fileName: string; actor: ImportActor; now: Date }): Promise<number | null> {
  try {
    const [row] = await db
      .insert(inventoryImports)
      .values({ format: values.format, fileName: values.fileName, startedById: values.actor.id, startedByName: values.actor.name, startedAt: values.now })
      .returning({ id: inventoryImports.id });
    return row.id;
  } catch (error) {
    if (violatedConstraint(error) === "inventory_import_one_running") return null;
    throw error;
  }
}

export async function truncateStaging(db: Db): Promise<void> {
  await db.execute(sql`truncate inventory_staging restart identity`);
}

/** Removes everything the import wrote and records it as failed, with its audit row, in one transaction. */
export async function failImport(
  db: Db,
  input: { importId: number | null; format: InventoryFormat; fileName: string; actor: ImportActor; ip: string | null; now: Date; byteSize: number; problems: InventoryProblem[] },
): Promise<number> {
  return db.transaction(async (tx) => {
    let id = input.importId;
    if (id !== null) {
      await tx.delete(inventoryMatches).where(eq(inventoryMatches.importId, id));
      await tx.delete(inventoryDevices).where(eq(inventoryDevices.importId, id));
      await tx.update(inventoryImports).set({ status: "failed", problems: input.problems, byteSize: input.byteSize, finishedAt: new Date() }).where(eq(inventoryImports.id, id));
    } else {
      // Refused before it could start (header, encoding): recorded as failed straight away, so the CISO sees why.
      const [row] = await tx
        .insert(inventoryImports)
        .values({ format: input.format, fileName: input.fileName, status: "failed", problems: input.problems, byteSize: input.byteSize, startedById: input.actor.id, startedByName: input.actor.name, startedAt: input.now, finishedAt: new Date() })
        .returning({ id: inventoryImports.id });
      id = row.id;
    }
    await writeAudit(tx, {
      actorId: input.actor.id,
      actorLabel: input.actor.name,
      action: "inventory.import.failed",
      objectType: "inventory_import",
      objectId: id,
      result: "failure",
      ip: input.ip,
      after: { fileName: input.fileName, byteSize: input.byteSize, problems: input.problems.slice(0, 5) },
    });
    return id;
  });
}

/** The newest published list version (the one in force) and the managed-device total as it stands. */
export async function importContext(db: Db): Promise<{ listVersionId: number | null; managedDeviceTotal: number | null }> {
  const [version] = await db.select({ id: listVersions.id }).from(listVersions).orderBy(desc(listVersions.number)).limit(1);
  const [org] = await db.select({ total: organisation.managedDeviceTotal }).from(organisation).limit(1);
  return { listVersionId: version?.id ?? null, managedDeviceTotal: org?.total ?? null };
}

export async function reportProgress(db: Db, importId: number, rowsRead: number, byteSize: number): Promise<void> {
  await db.update(inventoryImports).set({ rowsRead, byteSize }).where(eq(inventoryImports.id, importId));
}
