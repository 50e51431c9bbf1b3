import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { departments, listVersions, outboxMessages, policyAcknowledgements, policyReminders, policyVersions, users, DEFAULT_REMINDER_LADDER } from "@/db/schema";
import type { Db } from "@/db/client";
import type { PolicyVersion } from "@/db/queries/policy-audience";
import { seededDb, testDatabases } from "@/test/databases";
import { todayIso } from "@/lib/dates";
import { addDays } from "./reminder-ladder";
import { queueDueReminders } from "./reminders";

// Each simulated day the job runs at 11:00 Amsterdam time (10:00 UTC in winter, 09:00 in summer: same date).
const at = (day: string) => new Date(`${day}T09:30:00Z`);

describe.each(testDatabases)("reminder ladder on $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let listVersionId: number;
  let versionNumber = 500;
  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    [{ id: listVersionId }] = await db.select({ id: listVersions.id }).from(listVersions).limit(1);
  });
  afterAll(() => close());

  async function setUp(tag: string) {
    const [inside] = await db.insert(departments).values({ name: `Simulatie ${tag}` }).returning();
    const [outside] = await db.insert(departments).values({ name: `Elders ${tag}` }).returning();
    const [version] = await db
      .insert(policyVersions)
      .values({
        number: versionNumber++,
        title: "Apps uit landen met een offensief cyberprogramma",
        body: "Tekst",
        listVersionId,
        effectiveOn: "2026-03-02",
        acknowledgeBy: "2026-03-23",
        newJoinerDays: 14,
        audienceAllStaff: false,
        audienceDepartmentIds: [inside.id],
        reminderLadder: DEFAULT_REMINDER_LADDER,
        publishedAt: new Date("2026-03-01T08:00:00Z"),
        publishedByName: "test",
      })
      .returning();
    const person = async (name: string, departmentId: number, createdAt = new Date("2026-01-05T09:00:00Z")) =>
      (await db.insert(users).values({ email: `${name}.${tag}@voorbeeld.nl`, name, departmentId, createdAt }).returning())[0];
    return { version, inside, outside, person };
  }

  const run = (version: PolicyVersion, now: Date) => db.transaction((tx) => queueDueReminders(tx, version, now));

  async function mailDays(emails: string[]) {
    const rows = await db.select().from(outboxMessages).where(inArray(outboxMessages.recipient, emails)).orderBy(outboxMessages.id);
    const byPerson: Record<string, string[]> = Object.fromEntries(emails.map((e) => [e, []]));
    for (const row of rows) byPerson[row.recipient].push(todayIso(row.createdAt));
    return byPerson;
  }

  it("over six weeks sends each person their own rungs once: one acknowledges midway, one joins late, one is not asked", async () => {
    const { version, inside, outside, person } = await setUp("zes-weken");
    const anna = await person("Anna", inside.id);
    const bram = await person("Bram", inside.id);
    const dirk = await person("Dirk", outside.id);
    let carla: typeof anna | undefined;

    for (let day = "2026-03-02"; day <= "2026-04-12"; day = addDays(day, 1)) {
      if (day === "2026-03-18") {
        await db.insert(policyAcknowledgements).values({ policyVersionId: version.id, userId: bram.id, statement: "gelezen", removeBy: "2026-03-23", verificationCode: `KN-SIM-${version.id}`, acknowledgedAt: at(day) });
      }
      if (day === "2026-03-25") carla = await person("Carla", inside.id, new Date(`${day}T08:00:00Z`));
      await run(version, at(day));
      // A second instance (or a restart) at the same moment adds nothing.
      expect(await run(version, at(day))).toBe(0);
    }

    const days = await mailDays([anna.email, bram.email, carla!.email, dirk.email]);
    expect(days[anna.email]).toEqual(["2026-03-02", "2026-03-16", "2026-03-22", "2026-03-23", "2026-03-30", "2026-04-06"]);
    expect(days[bram.email]).toEqual(["2026-03-02", "2026-03-16"]);
    // Carla joined on 25 March: her own due date is 14 days later, 8 April.
    expect(days[carla!.email]).toEqual(["2026-03-25", "2026-04-01", "2026-04-07", "2026-04-08"]);
    expect(days[dirk.email]).toEqual([]);

    const steps = await db.select({ step: policyReminders.step, outboxMessageId: policyReminders.outboxMessageId }).from(policyReminders).where(and(eq(policyReminders.policyVersionId, version.id), eq(policyReminders.userId, anna.id)));
    expect(steps.map((s) => s.step).sort()).toEqual(["before-1", "before-7", "due", "overdue-1", "overdue-2", "publication"].sort());
    expect(steps.every((s) => s.outboxMessageId != null)).toBe(true);

    const [first] = await db.select().from(outboxMessages).where(eq(outboxMessages.recipient, anna.email)).orderBy(outboxMessages.id).limit(1);
    expect(first.subject).toBe("Neem kennis van het beleid over apps (versie 500) vóór 23 maart 2026");
    expect(first.body).toContain("/kennisnemen");
    expect(first.body).toContain("Dit bericht is automatisch verstuurd");
    expect(first.kind).toBe("policy.reminder");
  });

  it("after the job was down sends only the latest rung, not a burst of old ones", async () => {
    const { version, inside, person } = await setUp("storing");
    const eva = await person("Eva", inside.id);
    await run(version, at("2026-03-02"));
    // Down from 3 to 31 March: the next run sends "overdue-1" only, with a text that says it is late.
    expect(await run(version, at("2026-04-01"))).toBe(1);
    const rows = await db.select().from(outboxMessages).where(eq(outboxMessages.recipient, eva.email)).orderBy(outboxMessages.id);
    expect(rows).toHaveLength(2);
    expect(rows[1].subject).toMatch(/^Te laat/);
    const steps = await db.select({ step: policyReminders.step }).from(policyReminders).where(eq(policyReminders.userId, eva.id));
    expect(steps.map((s) => s.step).sort()).toEqual(["overdue-1", "publication"]);
  });

  it("queues each rung once when many instances run at the same moment", async () => {
    const { version, inside, person } = await setUp("gelijktijdig");
    const people = await Promise.all(["Fenna", "Gijs", "Hanna", "Ivo"].map((n) => person(n, inside.id)));
    const counts = await Promise.all(Array.from({ length: 20 }, () => run(version, at("2026-03-16"))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(people.length);
    const rows = await db.select().from(outboxMessages).where(inArray(outboxMessages.recipient, people.map((p) => p.email)));
    expect(rows).toHaveLength(people.length);
  });
});
