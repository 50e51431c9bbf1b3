import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { createDb, type Db } from "@/db/client";
import { auditCheckpoints, auditEvents, countries } from "@/db/schema";
import { freshDb } from "@/test/databases";
import { writeAudit } from "./chain";
import { writeCheckpoint } from "./checkpoint";

// The two-role deployment of README "Twee databaserollen", on the real PostgreSQL: the tables belong to
// the migration role (here the test role `portal`), the portal runs as `portal_app` with db/roles.sql's rights.
// .ci/run makes portal_app; without it (or without PostgreSQL) there is nothing to test.
const ownerUrl = process.env.TEST_DATABASE_URL;
const appRole = { user: "portal_app", password: process.env.TEST_APP_ROLE_PASSWORD ?? "portal_app" };

async function appRoleExists(): Promise<boolean> {
  if (!ownerUrl) return false;
  const client = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await client`select 1 from pg_roles where rolname = ${appRole.user}`;
    return rows.length === 1;
  } finally {
    await client.end();
  }
}

const available = await appRoleExists();

// drizzle wraps the driver's error; the SQLSTATE is on it or on its cause.
const sqlState = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return "geen fout";
  } catch (error) {
    const e = error as { code?: string; cause?: { code?: string } };
    return e.code ?? e.cause?.code ?? String(error);
  }
};

describe.skipIf(!available)("twee databaserollen op PostgreSQL", () => {
  let owner: Db;
  let app: Db;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db: owner, close } = await freshDb(ownerUrl!));
    await writeAudit(owner, { actorId: null, actorLabel: "test", action: "country.create", objectType: "country", objectId: 1, result: "success" });
    const ownerClient = (owner as unknown as { $client: postgres.Sql }).$client;
    await ownerClient.unsafe(readFileSync(path.resolve(import.meta.dirname, "../../db/roles.sql"), "utf8")).simple();
    const [{ db: database }] = await ownerClient<{ db: string }[]>`select current_database() as db`;
    const url = new URL(ownerUrl!);
    url.username = appRole.user;
    url.password = appRole.password;
    url.pathname = `/${database}`;
    app = createDb(url.toString());
  });
  afterAll(async () => {
    await (app as unknown as { $client: postgres.Sql } | undefined)?.$client.end();
    await close();
  });

  it("lets the portal role write and read the audit log and its checkpoints", async () => {
    await app.transaction((tx) => writeAudit(tx, { actorId: null, actorLabel: "portaal", action: "country.update", objectType: "country", objectId: 1, result: "success" }));
    expect(await writeCheckpoint(app, "start")).toMatchObject({ reason: "start" });
    expect(await app.$count(auditEvents)).toBe(2);
  });

  it("lets the portal role change ordinary tables", async () => {
    const [created] = await app.insert(countries).values({ code: "BY", name: "Belarus", basis: "test", listedOn: "2026-01-01", nextReviewOn: "2027-01-01" }).returning();
    await app.update(countries).set({ name: "Wit-Rusland" }).where(eq(countries.id, created.id));
  });

  it("lets the owner switch the guards off: why the portal must not run as the owner", async () => {
    expect(await sqlState(owner.execute(sql`alter table audit_event disable trigger user`))).toBe("geen fout");
    await owner.execute(sql`alter table audit_event enable trigger user`);
  });

  it.each(["audit_event", "audit_checkpoint", "list_version"])("refuses the portal role to switch off the guards of %s", async (table) => {
    // 42501 insufficient_privilege: "must be owner of table".
    expect(await sqlState(app.execute(sql.raw(`alter table ${table} disable trigger user`)))).toBe("42501");
    expect(await sqlState(app.execute(sql.raw(`alter table ${table} disable trigger all`)))).toBe("42501");
  });

  it.each(["audit_event", "audit_checkpoint"])("refuses the portal role to change or remove rows of %s", async (table) => {
    expect(await sqlState(app.execute(sql.raw(`update ${table} set id = id`)))).toBe("42501");
    expect(await sqlState(app.execute(sql.raw(`delete from ${table}`)))).toBe("42501");
    expect(await sqlState(app.execute(sql.raw(`truncate ${table}`)))).toBe("42501");
    expect(await sqlState(app.execute(sql.raw(`alter table ${table} owner to ${appRole.user}`)))).toBe("42501");
    expect(await owner.$count(table === "audit_event" ? auditEvents : auditCheckpoints)).toBeGreaterThan(0);
  });

  it("starts the portal as the portal role with the migrations run as the owner (MIGRATION_DATABASE_URL)", async () => {
    const saved = { migration: process.env.MIGRATION_DATABASE_URL, db: (globalThis as { portalDb?: Db }).portalDb };
    const ownerClient = (owner as unknown as { $client: postgres.Sql }).$client;
    const [{ db: database }] = await ownerClient<{ db: string }[]>`select current_database() as db`;
    const url = new URL(ownerUrl!);
    url.pathname = `/${database}`;
    (globalThis as { portalDb?: Db }).portalDb = app;
    process.env.MIGRATION_DATABASE_URL = url.toString();
    try {
      const { prepareDatabase } = await import("@/lib/server-start");
      await prepareDatabase();
      const [last] = await app.select().from(auditCheckpoints).orderBy(sql`id desc`).limit(1);
      expect(last.reason).toBe("start");
    } finally {
      (globalThis as { portalDb?: Db }).portalDb = saved.db;
      if (saved.migration === undefined) delete process.env.MIGRATION_DATABASE_URL;
      else process.env.MIGRATION_DATABASE_URL = saved.migration;
    }
  });

  it("refuses the portal role to take on the owner's rights", async () => {
    expect(await sqlState(app.execute(sql.raw("set role portal")))).toBe("42501");
  });
});
