import type { InventoryProblem } from "./problems";

/** Where the data rows of the file go: the staging table's columns in the file's order, and its delimiter. */
export type CopyTarget = { columns: string[]; delimiter: string };

/** Takes the data records (the header already removed) and copies them into inventory_staging. */
export type StagingSink = {
  write(chunk: Uint8Array): Promise<void>;
  /** Copies what is left; throws an ImportProblem when the database refused a record. */
  finish(): Promise<void>;
  abort(): Promise<void>;
};

export type SinkProgress = (recordsSent: number) => Promise<void>;

// Column names come from the fixed maps in formats.ts, never from the file, so they can be written into the SQL.
export function copySql(target: CopyTarget, source: "stdin" | "'/dev/blob'"): string {
  const delimiter = target.delimiter === "\t" ? "E'\\t'" : `'${target.delimiter}'`;
  return `copy inventory_staging (${target.columns.join(", ")}) from ${source} with (format csv, delimiter ${delimiter})`;
}

export type { InventoryProblem };
