import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvents, departments, listVersions, outboxMessages, policyVersions, users, DEFAULT_REMINDER_LADDER } from "@/db/schema";
import type { Db } from "@/db/client";
import { freshDb, testDatabases } from "@/test/databases";
import { queueReminders } from "./reminder-job";

describe.each(testDatabases)("reminder job on $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    // An empty database: no demo policy whose reminders would mix with these.
    ({ db, close } = await freshDb(url));
  });
  afterAll(() => close());

  it("queues the current version's due reminders as 'systeem' with one audit row holding the count", async () => {
    const now = new Date("2030-03-02T09:00:00Z");
    expect(await queueReminders(db, now)).toBe(0);

    const [{ id: listVersionId }] = await db.insert(listVersions).values({ number: 1, publishedByName: "test", note: "Eerste lijst", changelog: { added: [], removed: [], changed: [] } as never }).returning({ id: listVersions.id });
    const [dept] = await db.insert(departments).values({ name: "Herinneringstest" }).returning();
    for (const name of ["Jan", "Kim"]) await db.insert(users).values({ email: `${name}@herinnering.example`, name, departmentId: dept.id, createdAt: new Date("2030-01-02T09:00:00Z") });
    const [version] = await db
      .insert(policyVersions)
      .values({ number: 900, title: "Apps", body: "Tekst", listVersionId, effectiveOn: "2030-03-02", acknowledgeBy: "2030-03-30", audienceAllStaff: false, audienceDepartmentIds: [dept.id], reminderLadder: DEFAULT_REMINDER_LADDER, publishedAt: new Date("2030-03-01T09:00:00Z"), publishedByName: "test" })
      .returning();

    expect(await queueReminders(db, now)).toBe(2);
    const audits = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "policy.reminders.queue"), eq(auditEvents.objectId, String(version.id))));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorLabel: "systeem", objectType: "policy_version", result: "success", after: { count: 2, versionNumber: 900 } });
    expect(await db.select().from(outboxMessages).where(eq(outboxMessages.recipient, "Jan@herinnering.example"))).toHaveLength(1);

    // A second run the same day finds nothing to do and leaves no audit row.
    expect(await queueReminders(db, now)).toBe(0);
    expect(await db.select().from(auditEvents).where(eq(auditEvents.action, "policy.reminders.queue"))).toHaveLength(1);
  });
});
