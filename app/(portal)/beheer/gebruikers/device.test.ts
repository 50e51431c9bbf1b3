import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { harness, call, useDb, viewerFor } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { users } from "@/db/schema";
import type { Db } from "@/db/client";
import { createUserAction, updateUserAction } from "./actions";

// A raadslid with a municipal phone or tablet is in the policy's audience: the beheerder records it on the account.
describe.each(testDatabases)("telefoon of tablet van de gemeente op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
  });
  afterAll(() => close());

  const deviceOf = async (email: string) => (await db.select({ has: users.hasMunicipalDevice }).from(users).where(eq(users.email, email)))[0].has;

  it("is set when creating and changed when editing, with the change in the audit row", async () => {
    harness.viewer = await viewerFor(db, "beheerder@voorbeeld.nl");
    await call(createUserAction, { email: "nieuw.raadslid@voorbeeld.nl", name: "Nieuw Raadslid", roles: "raadslid", departmentId: "", riskGroup: "standard", jobTitle: "", hasMunicipalDevice: "ja" });
    expect(await deviceOf("nieuw.raadslid@voorbeeld.nl")).toBe(true);

    const person = await viewerFor(db, "nieuw.raadslid@voorbeeld.nl");
    await call(updateUserAction, { id: person.id, name: person.name, roles: "raadslid", departmentId: "", riskGroup: "standard", jobTitle: "" });
    expect(await deviceOf("nieuw.raadslid@voorbeeld.nl")).toBe(false);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "user.update", before: { hasMunicipalDevice: true }, after: { hasMunicipalDevice: false } });
  });

  it("a medewerker cannot change it", async () => {
    const raadslid = await viewerFor(db, "raadslid@voorbeeld.nl");
    harness.viewer = await viewerFor(db, "medewerker@voorbeeld.nl");
    const { state } = await call(updateUserAction, { id: raadslid.id, name: raadslid.name, roles: "raadslid", departmentId: "", riskGroup: "standard", jobTitle: "" });
    expect(state).toMatchObject({ ok: false });
    expect(await deviceOf("raadslid@voorbeeld.nl")).toBe(true);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "user.update", result: "denied" });
  });
});
