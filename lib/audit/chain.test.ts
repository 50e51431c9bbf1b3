import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, sql } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import type { Db } from "@/db/client";
import { freshDb, testDatabases } from "@/test/databases";
import { canonicalJson, verifyAuditChain, writeAudit } from "./chain";

describe("canonicalJson", () => {
  it("sorts keys so jsonb's reordering does not change the hash", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, "x"], c: null } })).toBe('{"a":{"c":null,"d":[1,"x"]},"b":1}');
  });
});

describe.each(testDatabases)("auditlog op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
    for (let i = 0; i < 5; i++) {
      await db.transaction((tx) =>
        writeAudit(tx, { actorId: null, actorLabel: "test", action: "app.update", objectType: "app", objectId: i, result: "success", ip: "127.0.0.1", before: { name: `oud ${i}`, n: 1.5 }, after: { z: 1, a: "nieuw" } }),
      );
    }
  });
  afterAll(() => close());

  it("verifies an untouched chain", async () => {
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 5 });
  });

  it("checks only the newest rows when asked, starting from the link they carry", async () => {
    expect(await verifyAuditChain(db, { lastRows: 2 })).toEqual({ ok: true, checked: 2 });
    expect(await verifyAuditChain(db, { lastRows: 50 })).toEqual({ ok: true, checked: 5 });
  });

  it("refuses UPDATE, DELETE and TRUNCATE", async () => {
    await expect(db.execute(sql`update audit_event set action = 'x'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_event`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_event`)).rejects.toThrow();
  });

  it("names the first row that was edited behind the application's back", async () => {
    const rows = await db.select({ id: auditEvents.id }).from(auditEvents).orderBy(asc(auditEvents.id));
    const target = rows[2].id;
    // Someone with database rights disables the guard and edits a row.
    await db.execute(sql`alter table audit_event disable trigger audit_event_append_only`);
    await db.execute(sql`update audit_event set actor_label = 'iemand anders' where id = ${target}`);
    await db.execute(sql`alter table audit_event enable trigger audit_event_append_only`);
    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({ ok: false, brokenId: target, checked: 2 });
    // A partial check that includes the edited row finds it too; one that starts after it does not.
    expect(await verifyAuditChain(db, { lastRows: 3 })).toMatchObject({ ok: false, brokenId: target });
    expect(await verifyAuditChain(db, { lastRows: 2 })).toEqual({ ok: true, checked: 2 });
  });
});
