import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { userInvitations, userSessions, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { checkInvitation, hashToken } from "@/lib/users/invitations";
import type { InvitationData } from "@/lib/users/invitation-data";
import { createUserAction, deactivateUserAction, inviteUserAction, reactivateUserAction, updateUserAction } from "./actions";

describe.each(testDatabases)("gebruikersbeheer op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let beheerder: TestViewer;
  let staff: TestViewer;
  let ciso: TestViewer;
  let n = 0;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    const viewer = (email: string) => viewerFor(db, email);
    beheerder = await viewer("beheerder@voorbeeld.nl");
    staff = await viewer("medewerker@voorbeeld.nl");
    ciso = await viewer("ciso@voorbeeld.nl");
  });
  afterAll(() => close());

  const newUserInput = (overrides: Record<string, string | string[]> = {}) => ({
    name: `Nieuwe Collega ${++n}`,
    email: `Nieuw${n}@Voorbeeld.nl`,
    roles: ["medewerker", "griffie"],
    departmentId: "",
    riskGroup: "standard",
    jobTitle: "Adviseur",
    ...overrides,
  });

  async function createUser(overrides: Record<string, string | string[]> = {}) {
    harness.viewer = beheerder;
    const input = newUserInput(overrides);
    const { state } = await call(createUserAction, input);
    expect(state).toMatchObject({ ok: true });
    const data = state!.data as InvitationData;
    return { ...data, token: data.activationLink!.split("/activeren/")[1], email: String(input.email).toLowerCase() };
  }
  const lastAudit = () => lastAuditEvent(db);
  const userRow = async (id: string) => (await db.select().from(users).where(eq(users.id, id)))[0];

  it("creates a user with an invitation whose link is returned once and stored only as a hash", async () => {
    const created = await createUser();
    expect(created.activationLink).toMatch(/^https?:\/\/[^/]+\/activeren\/[A-Za-z0-9_-]{43}$/);
    const user = await userRow(created.userId);
    expect(user).toMatchObject({ email: created.email, roles: ["medewerker", "griffie"], jobTitle: "Adviseur", passwordHash: null, active: true });

    const [invitation] = await db.select().from(userInvitations).where(eq(userInvitations.userId, created.userId));
    expect(invitation.tokenHash).toBe(hashToken(created.token));
    expect(await checkInvitation(db, created.token)).toMatchObject({ ok: true, userId: created.userId });

    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: "user.create", objectId: created.userId, actorId: beheerder.id, result: "success" });
    expect(JSON.stringify(audit)).not.toContain(created.token);
    expect(JSON.stringify(audit)).not.toContain(invitation.tokenHash);
  });

  it("refuses a second account with the same e-mail address, whatever its capitals", async () => {
    const created = await createUser();
    const before = await db.$count(users);
    const { state } = await call(createUserAction, newUserInput({ email: created.email.toUpperCase() }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringContaining("al een account")] } });
    expect(await db.$count(users)).toBe(before);
  });

  it("asks for at least one role", async () => {
    harness.viewer = beheerder;
    const input: Record<string, string | string[]> = newUserInput();
    delete input.roles;
    const { state } = await call(createUserAction, input);
    expect(state).toMatchObject({ ok: false, fieldErrors: { roles: ["Kies minstens één rol."] } });
  });

  it("refuses every user action to a medewerker, a CISO and an anonymous visitor, changes nothing and logs the denial", async () => {
    const target = await createUser();
    const attempts = [
      () => call(createUserAction, newUserInput()),
      () => call(updateUserAction, { id: target.userId, name: "Overgenomen", roles: ["beheerder"], departmentId: "", riskGroup: "standard", jobTitle: "" }),
      () => call(deactivateUserAction, { id: target.userId, reason: "poging zonder rechten", confirm: "ja" }),
      () => call(reactivateUserAction, { id: target.userId }),
      () => call(inviteUserAction, { id: target.userId }),
    ];
    const usersBefore = await db.$count(users);
    const invitationsBefore = await db.$count(userInvitations);
    for (const viewer of [staff, ciso, null]) {
      harness.viewer = viewer;
      for (const attempt of attempts) {
        const { state } = await attempt();
        expect(state).toMatchObject({ ok: false });
        expect(state?.data).toBeUndefined();
        expect(await lastAudit()).toMatchObject({ actorId: viewer?.id ?? null, result: "denied" });
      }
    }
    expect(await db.$count(users)).toBe(usersBefore);
    expect(await db.$count(userInvitations)).toBe(invitationsBefore);
    expect(await userRow(target.userId)).toMatchObject({ name: target.userName, roles: ["medewerker", "griffie"], active: true });
  });

  it("does not let a beheerder deactivate themself or change their own roles", async () => {
    harness.viewer = beheerder;
    const deactivate = await call(deactivateUserAction, { id: beheerder.id, reason: "per ongeluk", confirm: "ja" });
    expect(deactivate.state).toMatchObject({ ok: false, message: expect.stringContaining("eigen account niet deactiveren") });
    const own = (roles: string[]) => call(updateUserAction, { id: beheerder.id, name: beheerder.name, roles, departmentId: "", riskGroup: "standard", jobTitle: "", roleReason: "ik wil het" });
    for (const roles of [["medewerker"], ["beheerder", "medewerker", "ciso"], ["beheerder", "medewerker", "griffie"]]) {
      const { state } = await own(roles);
      expect(state).toMatchObject({ ok: false, fieldErrors: { roles: [expect.stringContaining("eigen rollen niet wijzigen")] } });
    }
    expect(await userRow(beheerder.id)).toMatchObject({ active: true, roles: ["beheerder", "medewerker"] });
    // The same roles in another order are no change: one's own name can still be corrected.
    const rename = await call(updateUserAction, { id: beheerder.id, name: beheerder.name, roles: ["medewerker", "beheerder"], departmentId: "", riskGroup: "standard", jobTitle: "Beheerder" });
    expect(rename.redirectTo).toBe(`/beheer/gebruikers/${beheerder.id}`);
    expect(await userRow(beheerder.id)).toMatchObject({ roles: ["beheerder", "medewerker"], jobTitle: "Beheerder" });
  });

  it("deactivates with a reason and confirmation, ending every session and the open invitation", async () => {
    const target = await createUser();
    await db.insert(userSessions).values([
      { userId: target.userId, expiresAt: new Date(Date.now() + 3600_000) },
      { userId: target.userId, expiresAt: new Date(Date.now() + 3600_000) },
    ]);
    harness.viewer = beheerder;
    const unconfirmed = await call(deactivateUserAction, { id: target.userId, reason: "uit dienst" });
    expect(unconfirmed.state).toMatchObject({ ok: false, fieldErrors: { confirm: [expect.any(String)] } });
    expect((await userRow(target.userId)).active).toBe(true);

    const { redirectTo } = await call(deactivateUserAction, { id: target.userId, reason: "uit dienst per 1 december", confirm: "ja" });
    expect(redirectTo).toBe(`/beheer/gebruikers/${target.userId}`);
    expect(await userRow(target.userId)).toMatchObject({ active: false, deactivatedAt: expect.any(Date) });
    const open = await db.select().from(userSessions).where(eq(userSessions.userId, target.userId));
    expect(open.every((s) => s.endedAt instanceof Date)).toBe(true);
    expect(await checkInvitation(db, target.token)).toMatchObject({ ok: false });
    expect(await lastAudit()).toMatchObject({ action: "user.deactivate", after: { active: false, reason: "uit dienst per 1 december", endedSessions: 2 } });

    const invite = await call(inviteUserAction, { id: target.userId });
    expect(invite.state).toMatchObject({ ok: false, message: expect.stringContaining("Activeer het account eerst") });

    const reactivated = await call(reactivateUserAction, { id: target.userId });
    expect(reactivated.redirectTo).toBe(`/beheer/gebruikers/${target.userId}`);
    expect((await userRow(target.userId)).active).toBe(true);
    const stillEnded = await db.select().from(userSessions).where(eq(userSessions.userId, target.userId));
    expect(stillEnded.every((s) => s.endedAt instanceof Date)).toBe(true);
  });

  it("updates roles that grant no CISO or Beheerder directly, with before and after in the audit log", async () => {
    const target = await createUser();
    harness.viewer = beheerder;
    const { redirectTo } = await call(updateUserAction, { id: target.userId, name: target.userName, roles: ["raadslid"], departmentId: "1", riskGroup: "executive", jobTitle: "Wethouder" });
    expect(redirectTo).toBe(`/beheer/gebruikers/${target.userId}`);
    expect(await userRow(target.userId)).toMatchObject({ roles: ["raadslid"], departmentId: 1, riskGroup: "executive", jobTitle: "Wethouder" });
    expect(await lastAudit()).toMatchObject({
      action: "user.update",
      before: { roles: ["medewerker", "griffie"], riskGroup: "standard" },
      after: { roles: ["raadslid"], riskGroup: "executive", departmentId: 1 },
    });
  });

  it("removes the CISO role directly: taking a privileged role away needs no second beheerder", async () => {
    const target = await createUser();
    await db.update(users).set({ roles: ["ciso", "medewerker"] }).where(eq(users.id, target.userId));
    harness.viewer = beheerder;
    const { redirectTo } = await call(updateUserAction, { id: target.userId, name: target.userName, roles: ["medewerker"], departmentId: "", riskGroup: "standard", jobTitle: "" });
    expect(redirectTo).toBe(`/beheer/gebruikers/${target.userId}`);
    expect((await userRow(target.userId)).roles).toEqual(["medewerker"]);
  });

  it("makes a new link that replaces the earlier one", async () => {
    const target = await createUser();
    harness.viewer = beheerder;
    const { state } = await call(inviteUserAction, { id: target.userId });
    const fresh = (state!.data as InvitationData).activationLink!.split("/activeren/")[1];
    expect(state).toMatchObject({ ok: true, message: expect.stringContaining("vorige link werkt niet meer") });
    expect(await checkInvitation(db, target.token)).toMatchObject({ ok: false, problem: "expired" });
    expect(await checkInvitation(db, fresh)).toMatchObject({ ok: true, userId: target.userId });
  });
});
