import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { departments, listVersions, policyAcknowledgements, policyVersions, users, DEFAULT_REMINDER_LADDER } from "@/db/schema";
import type { Db } from "@/db/client";
import { seededDb, testDatabases } from "@/test/databases";
import { audienceEntry, getCurrentPolicyVersion, listAudience, type PolicyVersion } from "./policy-audience";

describe.each(testDatabases)("policy audience on $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let listVersionId: number;
  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    [{ id: listVersionId }] = await db.select({ id: listVersions.id }).from(listVersions).limit(1);
  });
  afterAll(() => close());

  let nextNumber = 100;
  async function version(values: Partial<typeof policyVersions.$inferInsert>): Promise<PolicyVersion> {
    const [row] = await db
      .insert(policyVersions)
      .values({
        number: nextNumber++,
        title: "Beleid",
        body: "Tekst",
        listVersionId,
        effectiveOn: "2026-11-01",
        acknowledgeBy: "2026-12-01",
        reminderLadder: DEFAULT_REMINDER_LADDER,
        publishedAt: new Date("2026-11-01T08:00:00Z"),
        publishedByName: "test",
        ...values,
      })
      .returning();
    return row;
  }
  const emails = async (v: PolicyVersion) => (await listAudience(db, v)).map((m) => m.email).sort();

  it("asks all staff, and raadsleden only with a municipal device", async () => {
    const v = await version({ audienceAllStaff: true, audienceCouncilWithDevice: true });
    // The demo raadslid holds a municipal tablet; without it, they are not asked.
    await db.update(users).set({ hasMunicipalDevice: false }).where(eq(users.email, "raadslid@voorbeeld.nl"));
    expect(await emails(v)).not.toContain("raadslid@voorbeeld.nl");
    expect(await emails(v)).toContain("medewerker@voorbeeld.nl");
    await db.update(users).set({ hasMunicipalDevice: true }).where(eq(users.email, "raadslid@voorbeeld.nl"));
    expect(await emails(v)).toContain("raadslid@voorbeeld.nl");
    await db.update(users).set({ hasMunicipalDevice: false }).where(eq(users.email, "raadslid@voorbeeld.nl"));
  });

  it("narrows to chosen departments or risk groups, and leaves out deactivated people", async () => {
    const [dept] = await db.select().from(departments).where(eq(departments.name, "Publiekszaken"));
    expect(await emails(await version({ audienceAllStaff: false, audienceDepartmentIds: [dept.id] }))).toEqual(["medewerker@voorbeeld.nl"]);
    expect(await emails(await version({ audienceAllStaff: false, audienceRiskGroups: ["executive"] }))).toEqual(["wethouder@voorbeeld.nl"]);
    expect(await emails(await version({ audienceAllStaff: false }))).toEqual([]);
    await db.update(users).set({ active: false }).where(eq(users.email, "wethouder@voorbeeld.nl"));
    expect(await emails(await version({ audienceAllStaff: false, audienceRiskGroups: ["executive"] }))).toEqual([]);
    await db.update(users).set({ active: true }).where(eq(users.email, "wethouder@voorbeeld.nl"));
  });

  it("gives someone who joined after publication their own due date and start date", async () => {
    const v = await version({ acknowledgeBy: "2026-11-10", newJoinerDays: 14 });
    const [late] = await db
      .insert(users)
      .values({ email: "nieuw@voorbeeld.nl", name: "Nieuwe Collega", createdAt: new Date("2026-11-20T09:00:00Z") })
      .returning();
    const entry = await audienceEntry(db, v, late.id);
    expect(entry).toMatchObject({ dueOn: "2026-12-04", startOn: "2026-11-20", acknowledgedAt: null });
    const [early] = await db.update(users).set({ createdAt: new Date("2026-01-05T09:00:00Z") }).where(eq(users.email, "medewerker@voorbeeld.nl")).returning();
    expect((await audienceEntry(db, v, early.id))?.dueOn).toBe("2026-11-10");
    await db.insert(policyAcknowledgements).values({ policyVersionId: v.id, userId: early.id, statement: "gelezen", removeBy: "2026-11-10", verificationCode: `KN-TEST-${v.id}` });
    expect((await audienceEntry(db, v, early.id))?.acknowledgedAt).toBeInstanceOf(Date);
  });

  it("takes the highest published version whose effective date has come as the current one", async () => {
    const future = await version({ effectiveOn: "2099-01-01", acknowledgeBy: "2099-02-01" });
    const current = await getCurrentPolicyVersion(db, "2026-11-25");
    expect(current?.id).not.toBe(future.id);
    expect(current?.number).toBeLessThan(future.number!);
    expect((await getCurrentPolicyVersion(db, "2099-01-01"))?.id).toBe(future.id);
  });
});
