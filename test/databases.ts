import { desc, sql } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import { seedDemo } from "@/lib/demo/seed";
import { createDb, type Db } from "@/db/client";
import { migrateDb } from "@/db/migrate";

/**
 * The databases every integration test runs on: PGlite in memory always, and the real
 * PostgreSQL when TEST_DATABASE_URL is set (as .ci/run does).
 */
export const testDatabases: { name: string; url: string }[] = [
  { name: "PGlite", url: "memory://" },
  ...(process.env.TEST_DATABASE_URL ? [{ name: "PostgreSQL", url: process.env.TEST_DATABASE_URL }] : []),
];

/** A migrated, empty database. On PostgreSQL each call gets a database of its own, so test files do not collide. */
export async function freshDb(url: string): Promise<{ db: Db; close: () => Promise<void> }> {
  if (url.startsWith("memory://")) {
    const db = createDb(url);
    await migrateDb(db);
    return { db, close: async () => (db as unknown as { $client: { close(): Promise<void> } }).$client.close() };
  }
  const name = `portal_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = createDb(url);
  await admin.execute(sql.raw(`create database ${name}`));
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = createDb(target.toString());
  await migrateDb(db);
  return {
    db,
    close: async () => {
      await endClient(db);
      await admin.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await endClient(admin);
    },
  };
}

const endClient = (db: Db) => (db as unknown as { $client: { end(): Promise<void> } }).$client.end();

/** A migrated database with the demo organisation, people and list version 1, as most tests start. */
export async function seededDb(url: string) {
  const fresh = await freshDb(url);
  await seedDemo(fresh.db);
  return fresh;
}

/** The newest audit row: what the action under test just wrote (or refused). */
export async function lastAuditEvent(db: Db) {
  const [row] = await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
  return row;
}
