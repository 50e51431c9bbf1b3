import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ImportProblem, type InventoryProblem } from "./problems";

const MAX_REPORTED = 20;
const blank = (column: string) => sql.raw(`coalesce(trim(${column}), '') = ''`);

type Row = { seq: number | string; device: boolean; platform: boolean; app: boolean; total: number | string };

/**
 * Checks the required fields of every copied row in one query and throws the first 20 bad rows with
 * their line numbers (seq + 1: line 1 is the header). Returns the number of data rows.
 */
export async function checkStagingRows(db: Db): Promise<number> {
  const result = await db.execute(sql`
    with bad as (
      select seq, ${blank("device_id")} as device, ${blank("platform")} as platform,
        ${blank("application_key")} and ${blank("application_name")} as app
      from inventory_staging
      where ${blank("device_id")} or ${blank("platform")} or (${blank("application_key")} and ${blank("application_name")})
    )
    select seq, device, platform, app, (select count(*) from bad) as total from bad order by seq limit ${MAX_REPORTED}`);
  const rows = (Array.isArray(result) ? result : (result as unknown as { rows: Row[] }).rows) as Row[];
  if (rows.length) {
    const problems: InventoryProblem[] = rows.map((r) => {
      const missing = [r.device && "het apparaat-id", r.platform && "het platform", r.app && "de app (id en naam zijn allebei leeg)"].filter(Boolean);
      return { line: Number(r.seq) + 1, message: `Regel ${Number(r.seq) + 1}: ${missing.join(", ")} ontbreekt.` };
    });
    const total = Number(rows[0].total);
    if (total > rows.length) problems.push({ line: null, message: `En nog ${total - rows.length} andere regels met een leeg verplicht veld.` });
    throw new ImportProblem(problems);
  }
  const [{ n }] = (await db.execute(sql`select count(*)::int as n from inventory_staging`).then((r) => (Array.isArray(r) ? r : (r as unknown as { rows: { n: number }[] }).rows))) as { n: number }[];
  return Number(n);
}
