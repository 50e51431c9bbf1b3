import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { harness, call, useDb, viewerFor } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { users } from "@/db/schema";
import type { Db } from "@/db/client";
import { audiencesOf, readerAudiences } from "@/lib/council/audiences";
import { createUserAction, updateUserAction } from "./actions";

// The seat in the raad or the college decides which memos reach a person; the beheerder records it on the account.
describe.each(testDatabases)("raad of college op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
  });
  afterAll(() => close());

  const seatOf = async (email: string) => (await db.select({ seat: users.councilSeat }).from(users).where(eq(users.email, email)))[0].seat;
  const base = { departmentId: "", riskGroup: "standard", jobTitle: "" };

  it("is set when creating and changed when editing, with the change in the audit row", async () => {
    harness.viewer = await viewerFor(db, "beheerder@voorbeeld.nl");
    await call(createUserAction, { ...base, email: "burger@voorbeeld.nl", name: "Nieuw Burgerraadslid", roles: "raadslid", councilSeat: "burgerraadslid" });
    expect(await seatOf("burger@voorbeeld.nl")).toBe("burgerraadslid");
    const person = await viewerFor(db, "burger@voorbeeld.nl");
    expect(await readerAudiences(db, person)).toEqual(["citizen_council"]);

    await call(updateUserAction, { ...base, id: person.id, name: person.name, roles: "raadslid", councilSeat: "raadslid" });
    expect(await seatOf("burger@voorbeeld.nl")).toBe("raadslid");
    expect(await lastAuditEvent(db)).toMatchObject({ action: "user.update", before: { councilSeat: "burgerraadslid" }, after: { councilSeat: "raadslid" } });
  });

  it("refuses a seat that does not exist and changes nothing", async () => {
    harness.viewer = await viewerFor(db, "beheerder@voorbeeld.nl");
    const person = await viewerFor(db, "burger@voorbeeld.nl");
    const { state } = await call(updateUserAction, { ...base, id: person.id, name: person.name, roles: "raadslid", councilSeat: "koning" });
    expect(state).toMatchObject({ ok: false, fieldErrors: { councilSeat: [expect.stringContaining("raad of het college")] } });
    expect(await seatOf("burger@voorbeeld.nl")).toBe("raadslid");
  });

  it("a medewerker cannot change it", async () => {
    const wethouder = await viewerFor(db, "wethouder@voorbeeld.nl");
    harness.viewer = await viewerFor(db, "medewerker@voorbeeld.nl");
    const { state } = await call(updateUserAction, { ...base, id: wethouder.id, name: wethouder.name, roles: "medewerker", riskGroup: "executive" });
    expect(state).toMatchObject({ ok: false });
    expect(await seatOf("wethouder@voorbeeld.nl")).toBe("college");
    expect(await lastAuditEvent(db)).toMatchObject({ action: "user.update", result: "denied" });
  });
});

describe("memo audiences of a person", () => {
  it("reaches a wethouder as college, not as staff, even with the role medewerker", () => {
    expect(audiencesOf({ roles: ["medewerker"], councilSeat: "college" })).toEqual(["college"]);
  });
  it("treats a raadslid account without a recorded seat as a raadslid", () => {
    expect(audiencesOf({ roles: ["raadslid"], councilSeat: null })).toEqual(["council"]);
  });
  it("keeps burgerraadsleden apart from raadsleden", () => {
    expect(audiencesOf({ roles: ["raadslid"], councilSeat: "burgerraadslid" })).toEqual(["citizen_council"]);
  });
  it("gives staff and nothing else to a medewerker", () => {
    expect(audiencesOf({ roles: ["medewerker", "griffie"], councilSeat: null })).toEqual(["staff"]);
    expect(audiencesOf({ roles: ["beheerder"], councilSeat: null })).toEqual([]);
  });
});
