import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { asc, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import * as schema from "@/db/schema";
import { auditEvents } from "@/db/schema";
import { freshDb, testDatabases } from "@/test/databases";
import { writeAudit } from "./chain";
import { checkAuditLog, runAuditVerify } from "./verify-cli";

const key = process.env.AUDIT_CHECKPOINT_KEY!;

async function appendEvents(db: Db, n: number) {
  for (let i = 0; i < n; i++) {
    await db.transaction((tx) =>
      writeAudit(tx, { actorId: null, actorLabel: "test", action: "country.update", objectType: "country", objectId: i, result: "success", before: { name: "oud" }, after: { name: "nieuw" } }),
    );
  }
}

// What an attacker with database rights would do: switch off the guard, edit, switch it on again.
async function tamper(db: Db, id: number) {
  await db.execute(sql`alter table audit_event disable trigger audit_event_append_only`);
  await db.execute(sql`update audit_event set after = '{"name":"iets anders"}'::jsonb where id = ${id}`);
  await db.execute(sql`alter table audit_event enable trigger audit_event_append_only`);
}

describe.each(testDatabases)("audit:verify op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
    await appendEvents(db, 4);
  });
  afterAll(() => close());

  it("reports an intact log with exit code 0 and names the checkpoint it trusts", async () => {
    const lines: string[] = [];
    expect(await checkAuditLog(db, key, (l) => lines.push(l))).toBe(0);
    expect(lines[0]).toMatch(/^Vertrouwd: controlepunt \d+ van .+ \(bij de eerste regel\), bij regel \d+\.$/);
    expect(lines[1]).toBe("Auditlog in orde: 4 regels, 1 controlepunt en 0 lijstversies gecontroleerd.");
  });

  it("names the broken row and exits with 1", async () => {
    const ids = (await db.select({ id: auditEvents.id }).from(auditEvents).orderBy(asc(auditEvents.id))).map((r) => r.id);
    await tamper(db, ids[1]);
    const lines: string[] = [];
    expect(await checkAuditLog(db, key, (l) => lines.push(l))).toBe(1);
    expect(lines).toContain(`- de inhoud van regel ${ids[1]} is gewijzigd`);
  });

  it("exits with 1 when a checkpoint was signed with another key", async () => {
    const lines: string[] = [];
    expect(await checkAuditLog(db, "een-andere-sleutel-van-minstens-32-tekens", (l) => lines.push(l))).toBe(1);
    expect(lines[0]).toBe("Er is geen controlepunt dat klopt.");
    expect(lines.some((l) => l.includes("niet met de sleutel van dit portaal ondertekend"))).toBe(true);
  });
});

describe("audit:verify op een PGlite-map", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "audit-verify-test-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("checks a copy of the folder and finds the broken row", async () => {
    const client = new PGlite(path.join(dataDir, "pglite"));
    const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Db;
    await migrateDb(db);
    await appendEvents(db, 3);
    const [, second] = await db.select({ id: auditEvents.id }).from(auditEvents).orderBy(asc(auditEvents.id));
    await tamper(db, second.id);
    await client.close();

    const lines: string[] = [];
    expect(await runAuditVerify({ DATA_DIR: dataDir, AUDIT_CHECKPOINT_KEY: key }, (l) => lines.push(l))).toBe(1);
    expect(lines.some((l) => l.includes("stop eerst de server"))).toBe(true);
    expect(lines).toContain(`- de inhoud van regel ${second.id} is gewijzigd`);
  }, 90_000);

  it("cannot check the checkpoints without the key, and says so", async () => {
    const lines: string[] = [];
    expect(await runAuditVerify({ DATA_DIR: dataDir }, (l) => lines.push(l))).toBe(2);
    expect(lines[0]).toMatch(/audit-key ontbreekt .* Zonder de sleutel zijn de controlepunten niet te controleren\.$/);
  });

  it("says so when there is no database in DATA_DIR", async () => {
    const lines: string[] = [];
    expect(await runAuditVerify({ DATA_DIR: path.join(dataDir, "bestaat-niet"), AUDIT_CHECKPOINT_KEY: key }, (l) => lines.push(l))).toBe(2);
    expect(lines.at(-1)).toBe("Daar staat geen database. Controleer DATA_DIR.");
  });
});
