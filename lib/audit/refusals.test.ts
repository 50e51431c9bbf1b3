import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, auditRefusalTallies, users } from "@/db/schema";
import { freshDb, testDatabases } from "@/test/databases";
import { writeRefusalAudit } from "./refusals";
import { verifyAuditLog } from "./verify";

const refusal = (ip: string | null, action = "audit.export") =>
  ({ actorId: null, actorLabel: "anoniem", action, objectType: "permission", objectId: "audit.view", ip }) as const;

describe.each(testDatabases)("geweigerde pogingen samenvoegen op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => ({ db, close } = await freshDb(url)));
  afterAll(() => close());

  it("folds 200 parallel anonymous refusals from one address into one row that counts the other 199", async () => {
    // One fixed moment: a burst that straddles a minute boundary rightly makes two rows.
    const now = new Date();
    const outcomes = await Promise.all(Array.from({ length: 200 }, () => writeRefusalAudit(db, refusal("198.51.100.7"), now)));
    const rows = await db.select().from(auditEvents).where(eq(auditEvents.ip, "198.51.100.7"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "audit.export", actorLabel: "anoniem", result: "denied" });
    expect(outcomes.filter((o) => !o.folded)).toHaveLength(1);
    const [tally] = await db.select().from(auditRefusalTallies).where(eq(auditRefusalTallies.ip, "198.51.100.7"));
    expect(tally).toMatchObject({ eventId: rows[0].id, repeats: 199 });
    expect((await verifyAuditLog(db, { key: process.env.AUDIT_CHECKPOINT_KEY! })).ok).toBe(true);
  }, 120_000);

  it("keeps other addresses, other actions and refusals without an address apart", async () => {
    await writeRefusalAudit(db, refusal("198.51.100.8"));
    await writeRefusalAudit(db, refusal("198.51.100.7", "list.publish"));
    const now = new Date();
    await writeRefusalAudit(db, refusal(null), now);
    await writeRefusalAudit(db, refusal(null), now);
    expect(await db.$count(auditEvents, eq(auditEvents.ip, "198.51.100.8"))).toBe(1);
    expect(await db.$count(auditEvents, eq(auditEvents.action, "list.publish"))).toBe(1);
    const [unknown] = await db.select().from(auditRefusalTallies).where(eq(auditRefusalTallies.ip, ""));
    expect(unknown.repeats).toBe(1);
  });

  it("writes every refusal of a signed-in person in full", async () => {
    const [{ id }] = await db.insert(users).values({ email: "noor@voorbeeld.nl", name: "Noor Bakker", roles: ["medewerker"] }).returning({ id: users.id });
    for (let i = 0; i < 3; i++) {
      await writeRefusalAudit(db, { ...refusal("198.51.100.9"), actorId: id, actorLabel: "Noor Bakker" });
    }
    expect(await db.$count(auditEvents, eq(auditEvents.ip, "198.51.100.9"))).toBe(3);
  });
});
