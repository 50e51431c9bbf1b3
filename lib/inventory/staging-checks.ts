import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ImportProblem, type InventoryProblem } from "./problems";

const MAX_REPORTED = 20;
const blank = (column: string) => sql.raw(`coalesce(trim(${column}), '') = ''`);

type Row = { seq: number | string; device: boolean; platform: boolean; app: boolean };

/**
 * Checks the required fields of every copied row in one query and throws the first 20 bad rows with
 * their line numbers (seq + 1: line 1 is the header). Returns the number of data rows.
 */
export async function checkStagingRows(db: Db): Promise<number> {
  const badRow = sql`${blank("device_id")} or ${blank("platform")} or (${blank("application_key")} and ${blank("application_name")})`;
  // One pass for both counts; the bad rows themselves are only looked up when there are any.
  const [counts] = rowsOf<{ n: number; bad: number }>(await db.execute(sql`select count(*)::int as n, (count(*) filter (where ${badRow}))::int as bad from inventory_staging`));
  if (Number(counts.bad) === 0) return Number(counts.n);
  const rows = rowsOf<Row>(await db.execute(sql`
    select seq, ${blank("device_id")} as device, ${blank("platform")} as platform, ${blank("application_key")} and ${blank("application_name")} as app
    from inventory_staging where ${badRow} order by seq limit ${MAX_REPORTED}`));
  const problems: InventoryProblem[] = rows.map((r) => {
    const missing = [r.device && "het apparaat-id", r.platform && "het platform", r.app && "de app (id en naam zijn allebei leeg)"].filter(Boolean);
    return { line: Number(r.seq) + 1, message: `Regel ${Number(r.seq) + 1}: ${missing.join(", ")} ontbreekt.` };
  });
  const total = Number(counts.bad);
  if (total > rows.length) problems.push({ line: null, message: `En nog ${total - rows.length} andere regels met een leeg verplicht veld.` });
  throw new ImportProblem(problems);
}

// postgres.js returns the rows as the result; PGlite wraps them in { rows }.
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
