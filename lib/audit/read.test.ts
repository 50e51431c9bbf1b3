import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { writeAudit, type AuditInput } from "@/lib/audit/chain";
import { writeRefusalAudit } from "@/lib/audit/refusals";
import { todayIso } from "@/lib/dates";
import { freshDb, testDatabases } from "@/test/databases";
import { countAuditEvents, listAuditEvents, listAuditFilterOptions } from "./read";

const ciso = { roles: ["ciso" as const] };
const yesterday = () => {
  const d = new Date(`${todayIso()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

describe.each(testDatabases)("auditlog lezen op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
    const [user] = await db.insert(users).values({ email: "ciso@voorbeeld.nl", name: "Marieke de Vries", roles: ["ciso"] }).returning({ id: users.id });
    const events: AuditInput[] = [
      { actorId: user.id, actorLabel: "Marieke de Vries", action: "auth.login", objectType: "session", result: "success", ip: "10.0.0.1" },
      { actorId: null, actorLabel: "onbekend_100%@voorbeeld.nl", action: "auth.login", objectType: "session", result: "failure", ip: "10.0.0.2" },
      { actorId: user.id, actorLabel: "Marieke de Vries", action: "country.update", objectType: "country", objectId: 3, result: "success", before: { name: "Iran" }, after: { name: "Iran (Islamitische Republiek)" } },
      { actorId: null, actorLabel: "Noor Bakker", action: "audit.export", objectType: "audit_event", result: "denied", ip: "10.0.0.3" },
    ];
    for (const event of events) await db.transaction((tx) => writeAudit(tx, event));
  });
  afterAll(() => close());

  it("lists newest first, with the actor's e-mail address and the before/after data", async () => {
    const rows = await listAuditEvents(db, ciso, {}, { limit: 10 });
    expect(rows.map((r) => r.action)).toEqual(["audit.export", "country.update", "auth.login", "auth.login"]);
    expect(rows[1]).toMatchObject({ actorEmail: "ciso@voorbeeld.nl", objectId: "3", before: { name: "Iran" } });
    expect(Object.keys(rows[0])).not.toContain("hash");
  });

  it("pages with limit and offset", async () => {
    const page2 = await listAuditEvents(db, ciso, {}, { limit: 3, offset: 3 });
    expect(page2.map((r) => r.result)).toEqual(["success"]);
    expect(await countAuditEvents(db, ciso, {})).toBe(4);
  });

  it("filters by result, action and object type", async () => {
    expect((await listAuditEvents(db, ciso, { result: "denied" }, { limit: 10 })).map((r) => r.actorLabel)).toEqual(["Noor Bakker"]);
    expect(await countAuditEvents(db, ciso, { action: "auth.login" })).toBe(2);
    expect(await countAuditEvents(db, ciso, { objectType: "country", result: "success" })).toBe(1);
  });

  it("finds the actor by part of the name or of the e-mail address, case-insensitively", async () => {
    expect(await countAuditEvents(db, ciso, { actor: "VRIES" })).toBe(2);
    expect(await countAuditEvents(db, ciso, { actor: "ciso@" })).toBe(2);
  });

  it("treats % and _ in the search text as ordinary characters", async () => {
    expect(await countAuditEvents(db, ciso, { actor: "100%" })).toBe(1);
    expect(await countAuditEvents(db, ciso, { actor: "%" })).toBe(1);
    expect(await countAuditEvents(db, ciso, { actor: "_" })).toBe(1);
  });

  it("filters by period in Amsterdam days, both ends inclusive", async () => {
    const today = todayIso();
    expect(await countAuditEvents(db, ciso, { from: today, to: today })).toBe(4);
    expect(await countAuditEvents(db, ciso, { to: yesterday() })).toBe(0);
  });

  it("offers the actions and object types that occur", async () => {
    expect(await listAuditFilterOptions(db, ciso)).toEqual({
      actions: ["audit.export", "auth.login", "country.update"],
      objectTypes: ["audit_event", "country", "session"],
    });
  });

  it("shows how many anonymous refusals were folded into a row", async () => {
    const refusal = { actorId: null, actorLabel: "anoniem", action: "audit.export", objectType: "audit_event", ip: "203.0.113.5" };
    const now = new Date();
    for (let i = 0; i < 4; i++) await writeRefusalAudit(db, refusal, now);
    const [row] = await listAuditEvents(db, ciso, { actor: "anoniem" }, { limit: 10 });
    expect(row).toMatchObject({ ip: "203.0.113.5", result: "denied", repeats: 3 });
    const [older] = await listAuditEvents(db, ciso, {}, { limit: 1, offset: 1 });
    expect(older.repeats).toBe(0);
  });

  it("refuses a reader without audit.view, even when a page forgot to check", async () => {
    const staff = { roles: ["medewerker" as const, "beheerder" as const] };
    await expect(listAuditEvents(db, staff, {}, { limit: 1 })).rejects.toThrow(/audit\.view/);
    await expect(countAuditEvents(db, staff, {})).rejects.toThrow(/audit\.view/);
    await expect(listAuditFilterOptions(db, staff)).rejects.toThrow(/audit\.view/);
  });
});
