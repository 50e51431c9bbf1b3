import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

// Both drivers expose the same query builder; the postgres.js type stands for both.
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export function dataDir(): string {
  // turbopackIgnore: the data folder is chosen at run time and must not pull the project into the build trace.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.DATA_DIR ?? ".data");
}

// `npm run bench:pages` sets BENCH_COUNT_QUERIES=1 and counts these lines per page; otherwise there is no logger at all.
const logger = process.env.BENCH_COUNT_QUERIES === "1" ? { logQuery: () => void process.stderr.write("[bench-sql]\n") } : undefined;

/** DATABASE_URL set → PostgreSQL; otherwise PGlite under DATA_DIR (or in memory for `memory://`). */
export function createDb(url = process.env.DATABASE_URL): Db {
  if (url && !url.startsWith("memory://")) {
    const client = postgres(url, { max: 10, onnotice: () => {} });
    return drizzlePostgres({ client, schema, casing: "snake_case", logger });
  }
  let location = url;
  if (!location) {
    location = path.join(dataDir(), "pglite");
    mkdirSync(location, { recursive: true });
  }
  const client = new PGlite(location);
  return drizzlePglite({ client, schema, casing: "snake_case", logger }) as unknown as Db;
}

export function isPglite(db: Db): boolean {
  return (db as unknown as { $client: unknown }).$client instanceof PGlite;
}
