import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { inventoryImports, listVersions } from "@/db/schema";

/** One import as its result page shows it: status, counts, file facts and, for a refused one, the problems. */
export async function getImport(db: Db, id: number) {
  const [row] = await db
    .select({
      id: inventoryImports.id,
      format: inventoryImports.format,
      fileName: inventoryImports.fileName,
      fileSha256: inventoryImports.fileSha256,
      byteSize: inventoryImports.byteSize,
      status: inventoryImports.status,
      rowsRead: inventoryImports.rowsRead,
      rowCount: inventoryImports.rowCount,
      deviceCount: inventoryImports.deviceCount,
      matchCount: inventoryImports.matchCount,
      violatingDeviceCount: inventoryImports.violatingDeviceCount,
      violationCount: inventoryImports.violationCount,
      exemptedCount: inventoryImports.exemptedCount,
      unknownCount: inventoryImports.unknownCount,
      managedDeviceTotal: inventoryImports.managedDeviceTotal,
      problems: inventoryImports.problems,
      listVersionNumber: listVersions.number,
      startedByName: inventoryImports.startedByName,
      startedAt: inventoryImports.startedAt,
      finishedAt: inventoryImports.finishedAt,
    })
    .from(inventoryImports)
    .leftJoin(listVersions, eq(listVersions.id, inventoryImports.listVersionId))
    .where(eq(inventoryImports.id, id));
  return row ?? null;
}

export type ImportView = NonNullable<Awaited<ReturnType<typeof getImport>>>;
