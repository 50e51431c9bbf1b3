import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { userSessions, users } from "@/db/schema";
import { deactivateUser, getUser, listUsers, reactivateUser } from "./users";
import { seededDb, testDatabases } from "@/test/databases";

describe.each(testDatabases)("gebruikers lezen en deactiveren op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  const idOf = async (email: string) => (await db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0].id;
  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
  });
  afterAll(() => close());

  it("lists users by role and status, without password hashes", async () => {
    const all = await listUsers(db);
    expect(all).toHaveLength(12);
    expect(Object.keys(all[0])).not.toContain("passwordHash");
    expect(JSON.stringify(all)).not.toContain("$argon2");
    expect((await listUsers(db, { role: "ciso" })).map((u) => u.email).sort()).toEqual(["ciso2@voorbeeld.nl", "ciso@voorbeeld.nl"]);
    expect((await listUsers(db, { role: "beheerder", status: "deactivated" }))).toEqual([]);
    const griffie = await listUsers(db, { role: "griffie" });
    expect(griffie[0]).toMatchObject({ email: "griffie@voorbeeld.nl", departmentName: "Griffie", hasPassword: true });
  });

  it("deactivating ends every open session of that user and no one else's", async () => {
    const target = await idOf("toezicht@voorbeeld.nl");
    const bystander = await idOf("communicatie@voorbeeld.nl");
    const inAnHour = new Date(Date.now() + 3600_000);
    const earlier = new Date(Date.now() - 3600_000);
    await db.insert(userSessions).values([
      { userId: target, expiresAt: inAnHour },
      { userId: target, expiresAt: inAnHour },
      { userId: target, expiresAt: inAnHour, endedAt: earlier },
      { userId: bystander, expiresAt: inAnHour },
    ]);

    const result = await db.transaction((tx) => deactivateUser(tx, target));
    expect(result).toEqual({ endedSessions: 2, withdrawnInvitations: 0 });
    const targetSessions = await db.select().from(userSessions).where(eq(userSessions.userId, target));
    expect(targetSessions.every((s) => s.endedAt !== null)).toBe(true);
    expect(targetSessions.find((s) => s.endedAt!.getTime() === earlier.getTime())).toBeDefined();
    const [other] = await db.select().from(userSessions).where(eq(userSessions.userId, bystander));
    expect(other.endedAt).toBeNull();
    expect(await getUser(db, target)).toMatchObject({ active: false, deactivatedAt: expect.any(Date) });
    expect((await listUsers(db, { status: "deactivated" })).map((u) => u.id)).toEqual([target]);

    await db.transaction((tx) => reactivateUser(tx, target));
    expect(await getUser(db, target)).toMatchObject({ active: true, deactivatedAt: null });
    const afterReactivation = await db.select().from(userSessions).where(eq(userSessions.userId, target));
    expect(afterReactivation.every((s) => s.endedAt !== null)).toBe(true);
  });
});
