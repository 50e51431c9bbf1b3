import { createReadStream, openAsBlob } from "node:fs";
import { pipeline } from "node:stream/promises";
import type { PGlite } from "@electric-sql/pglite";
import type { Sql } from "postgres";
import { isPglite, type Db } from "@/db/client";

/** One CSV field: NULL stays an unquoted empty field, everything else is quoted. */
export const csvField = (value: string | null) => (value === null ? "" : `"${value.replace(/"/g, '""')}"`);

/** COPY of a CSV file (no header) into `table (columns)`, through either driver. */
export async function copyCsv(db: Db, table: string, file: string) {
  const statement = `copy ${table} from %s with (format csv)`;
  if (isPglite(db)) {
    const client = (db as unknown as { $client: PGlite }).$client;
    await client.query(statement.replace("%s", "'/dev/blob'"), [], { blob: await openAsBlob(file) });
  } else {
    const client = (db as unknown as { $client: Sql }).$client;
    await pipeline(createReadStream(file), await client.unsafe(statement.replace("%s", "stdin")).writable());
  }
}
