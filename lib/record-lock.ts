import "server-only";
import { eq, getTableName, type InferSelectModel } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/client";

export type TableWithId = PgTable & { id: AnyPgColumn };

/**
 * Reads one row and locks it (SELECT … FOR UPDATE) until the transaction ends. A parallel request
 * for the same row waits here and then reads the row as the first one left it, so "check, then
 * change" cannot run twice on the same state.
 */
export type LockRow = <T extends TableWithId>(table: T, id: InferSelectModel<T>["id"]) => Promise<InferSelectModel<T> | null>;

export type LockedRecord = { objectType: string; objectId: string };

/** A lock function bound to a transaction; `locked` lists what it locked, for the audit row of a refusal. */
export function rowLocker(tx: Tx): { lock: LockRow; locked: LockedRecord[] } {
  const locked: LockedRecord[] = [];
  const lock: LockRow = async (table, id) => {
    locked.push({ objectType: getTableName(table), objectId: String(id) });
    const rows = await tx.select().from(table as PgTable).where(eq(table.id, id)).for("update");
    return (rows[0] as InferSelectModel<typeof table> | undefined) ?? null;
  };
  return { lock, locked };
}
