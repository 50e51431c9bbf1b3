import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, organisation, userInvitations, userNotices, users } from "@/db/schema";
import { AdminSetupError, databaseNotice, SCRIPT_ACTOR, setUpAdmin } from "@/lib/users/admin-setup";
import { verifyAuditChain } from "@/lib/audit/chain";
import { checkInvitation } from "@/lib/users/invitations";
import { freshDb, testDatabases } from "@/test/databases";

describe.each(testDatabases)("eerste beheerder (beheerscript) op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await freshDb(url));
  });
  afterAll(() => close());

  it("creates the organisation and a beheerder with a one-time link, audited as the script", async () => {
    const result = await setUpAdmin(db, { email: " Eerste@Gemeente.NL ", name: "Eerste Beheerder", organisationName: "Gemeente Proefstad" });
    expect(result.created).toBe(true);
    expect(await db.select({ name: organisation.name, contactEmail: organisation.contactEmail }).from(organisation)).toEqual([
      { name: "Gemeente Proefstad", contactEmail: "eerste@gemeente.nl" },
    ]);
    const [user] = await db.select().from(users).where(eq(users.id, result.userId));
    expect(user).toMatchObject({ email: "eerste@gemeente.nl", roles: ["beheerder", "medewerker"], active: true, passwordHash: null });
    expect(await checkInvitation(db, result.token)).toMatchObject({ ok: true, userId: result.userId });

    const events = await db.select().from(auditEvents);
    expect(events.map((e) => [e.action, e.actorLabel])).toEqual([
      ["organisation.create", SCRIPT_ACTOR],
      ["user.create", SCRIPT_ACTOR],
      ["user.invite", SCRIPT_ACTOR],
    ]);
    expect(JSON.stringify(events)).not.toContain(result.token);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 3 });
  });

  it("refuses an existing address unless asked for a new link, and changes nothing then", async () => {
    const invitations = await db.$count(userInvitations);
    await expect(setUpAdmin(db, { email: "eerste@gemeente.nl", name: "Dubbel", organisationName: "X" })).rejects.toBeInstanceOf(AdminSetupError);
    expect(await db.$count(userInvitations)).toBe(invitations);
    expect(await db.$count(users)).toBe(1);
  });

  it("with a new link, makes an existing account an active beheerder again and withdraws its old link", async () => {
    const [other] = await db
      .insert(users)
      .values({ email: "oud@gemeente.nl", name: "Oude Collega", roles: ["medewerker"], active: false, deactivatedAt: new Date() })
      .returning({ id: users.id });
    const first = await setUpAdmin(db, { email: "oud@gemeente.nl", name: "genegeerd", organisationName: "X", newLink: true });
    const second = await setUpAdmin(db, { email: "oud@gemeente.nl", name: "genegeerd", organisationName: "X", newLink: true });
    expect(second).toMatchObject({ created: false, userId: other.id });
    const [user] = await db.select().from(users).where(eq(users.id, other.id));
    expect(user).toMatchObject({ name: "Oude Collega", roles: ["medewerker", "beheerder"], active: true, deactivatedAt: null });
    // Break-glass: every step is in the audit log as the script, and the person is told at the next login.
    const steps = await db.select().from(auditEvents).where(eq(auditEvents.objectId, other.id));
    expect(steps.map((e) => [e.action, e.actorLabel, e.actorId])).toEqual([
      ["user.update", SCRIPT_ACTOR, null],
      ["user.invite", SCRIPT_ACTOR, null],
      ["user.update", SCRIPT_ACTOR, null],
      ["user.invite", SCRIPT_ACTOR, null],
    ]);
    expect(SCRIPT_ACTOR).toMatch(/^systeem/);
    const notices = await db.select().from(userNotices).where(eq(userNotices.userId, other.id));
    expect(notices).toHaveLength(2);
    expect(notices[0].message).toContain("beheerscript");
    expect(await checkInvitation(db, first.token)).toMatchObject({ ok: false, problem: "expired" });
    expect(await checkInvitation(db, second.token)).toMatchObject({ ok: true });
    expect((await db.select({ name: organisation.name }).from(organisation))[0].name).toBe("Gemeente Proefstad");
  });
});

describe("databaseNotice", () => {
  it("warns against running next to a PGlite server, not for PostgreSQL", () => {
    expect(databaseNotice({ DATA_DIR: "/tmp/x" }).join(" ")).toMatch(/stop eerst het portaal/);
    expect(databaseNotice({ DATABASE_URL: "postgres://x" }).join(" ")).not.toMatch(/stop eerst/);
  });
});
