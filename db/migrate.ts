import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { isPglite, type Db } from "./client";

const migrationsFolder = path.resolve(process.cwd(), "db/migrations");

export async function migrateDb(db: Db): Promise<void> {
  if (isPglite(db)) {
    await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(db, { migrationsFolder });
  }
}
