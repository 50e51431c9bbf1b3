import { createDb, type Db } from "./client";

// One client per process, kept on globalThis: a module-level singleton gave several PGlite instances
// in one `next start` process, and two PGlite instances on one folder silently lose data.
const globalForDb = globalThis as unknown as { portalDb?: Db };

export function getDb(): Db {
  globalForDb.portalDb ??= createDb();
  return globalForDb.portalDb;
}

export type { Db, Tx } from "./client";
