import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { auditEvents, providerRoleMappings, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { findLiveSession } from "@/lib/auth/live-session";
import { oidcSignIn } from "@/lib/auth/oidc/sign-in";
import { addRoleMappingAction, approveRegistrationAction, rejectRegistrationAction, removeRoleMappingAction } from "./actions";

const ISSUER = "https://idp.gemeente.example/";

describe.each(testDatabases)("aanmeldingen goedkeuren op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let beheerder: TestViewer;
  let staff: TestViewer;
  let ciso: TestViewer;
  let n = 0;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    beheerder = await viewerFor(db, "beheerder@voorbeeld.nl");
    staff = await viewerFor(db, "medewerker@voorbeeld.nl");
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
  });
  afterAll(() => close());

  const signIn = (claims: Record<string, unknown>) => oidcSignIn(db, { claims, idToken: "id.token.sig", rolesClaim: "groups", ip: null });
  /** A person who signed in once through the provider and now waits. */
  async function newcomer(groups: string[] = []) {
    n++;
    const claims = { iss: ISSUER, sub: `persoon-${n}-${Date.now()}`, name: `Aanmelder ${n}`, email: `aanmelder${n}.${Date.now()}@gemeente.example`, groups };
    expect(await signIn(claims)).toEqual({ ok: false, reason: "pending" });
    const [user] = await db.select().from(users).where(eq(users.email, claims.email));
    return { claims, user };
  }
  const userRow = async (id: string) => (await db.select().from(users).where(eq(users.id, id)))[0];

  it("first login → waiting → approved by a beheerder → the next login has access with exactly the approved roles", async () => {
    harness.viewer = beheerder;
    await call(addRoleMappingAction, { claimValue: `groep-griffie-${n}`, role: "griffie" });
    const { claims, user } = await newcomer([`groep-griffie-${n - 0}`]);
    expect(user.proposedRoles).toEqual(["griffie"]);
    const { redirectTo } = await call(approveRegistrationAction, { id: user.id, roles: ["griffie", "medewerker"], departmentId: "" });
    expect(redirectTo).toBe("/beheer/aanmeldingen");
    expect(await userRow(user.id)).toMatchObject({ roles: ["griffie", "medewerker"], awaitingApproval: false, proposedRoles: null, active: true });
    expect(await lastAuditEvent(db)).toMatchObject({ action: "user.approve", actorId: beheerder.id, objectId: user.id, result: "success", after: { roles: ["griffie", "medewerker"] } });
    const outcome = await signIn(claims);
    if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
    expect(await findLiveSession(db, outcome.sessionId)).toMatchObject({ id: user.id, roles: ["griffie", "medewerker"] });
  });

  it("refuses CISO and Beheerder when approving, server-side, with a Dutch message; nothing changes", async () => {
    const { user } = await newcomer();
    harness.viewer = beheerder;
    for (const role of ["ciso", "beheerder"]) {
      const { state } = await call(approveRegistrationAction, { id: user.id, roles: ["medewerker", role], departmentId: "" });
      expect(state).toMatchObject({ ok: false, fieldErrors: { roles: [expect.stringContaining("tweede beheerder")] } });
    }
    expect(await userRow(user.id)).toMatchObject({ roles: [], awaitingApproval: true });
  });

  it("approving without a role is refused", async () => {
    const { user } = await newcomer();
    harness.viewer = beheerder;
    const { state } = await call(approveRegistrationAction, { id: user.id, departmentId: "" });
    expect(state).toMatchObject({ ok: false, fieldErrors: { roles: ["Kies minstens één rol."] } });
    expect((await userRow(user.id)).awaitingApproval).toBe(true);
  });

  it("of 50 parallel approvals exactly one wins and writes one audit row", async () => {
    const { user } = await newcomer();
    harness.viewer = beheerder;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => call(approveRegistrationAction, { id: user.id, roles: [i % 2 ? "medewerker" : "raadslid"], departmentId: "" })),
    );
    expect(results.filter((r) => r.redirectTo === "/beheer/aanmeldingen")).toHaveLength(1);
    expect(results.filter((r) => r.state?.message?.includes("al beslist"))).toHaveLength(49);
    const audits = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "user.approve"), eq(auditEvents.objectId, user.id)));
    expect(audits).toHaveLength(1);
    expect((await userRow(user.id)).roles).toEqual((audits[0].after as { roles: string[] }).roles);
  });

  it("rejecting deactivates the account: the provider alone cannot let the person in afterwards", async () => {
    const { claims, user } = await newcomer();
    harness.viewer = beheerder;
    const { redirectTo } = await call(rejectRegistrationAction, { id: user.id, reason: "geen medewerker van de gemeente" });
    expect(redirectTo).toBe("/beheer/aanmeldingen");
    expect(await userRow(user.id)).toMatchObject({ active: false, awaitingApproval: false, roles: [] });
    expect(await lastAuditEvent(db)).toMatchObject({ action: "user.reject", objectId: user.id, after: { active: false, reason: "geen medewerker van de gemeente" } });
    expect(await signIn(claims)).toEqual({ ok: false, reason: "deactivated" });
    const { state } = await call(approveRegistrationAction, { id: user.id, roles: ["medewerker"], departmentId: "" });
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining("al beslist") });
    expect((await userRow(user.id)).active).toBe(false);
  });

  it("cannot approve an ordinary account that never waited", async () => {
    harness.viewer = beheerder;
    const { state } = await call(approveRegistrationAction, { id: staff.id, roles: ["griffie"], departmentId: "" });
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining("al beslist") });
    expect((await userRow(staff.id)).roles).toEqual(["medewerker"]);
  });

  it("manages the mapping: add, refuse a duplicate, refuse CISO and Beheerder in Dutch, remove; all audited", async () => {
    harness.viewer = beheerder;
    const value = `Portaal.Raad.${Date.now()}`;
    expect((await call(addRoleMappingAction, { claimValue: value, role: "raadslid" })).redirectTo).toBe("/beheer/aanmeldingen/rollen");
    const [mapping] = await db.select().from(providerRoleMappings).where(eq(providerRoleMappings.claimValue, value));
    expect(mapping).toMatchObject({ role: "raadslid", createdById: beheerder.id });
    expect(await lastAuditEvent(db)).toMatchObject({ action: "role_mapping.create", objectType: "provider_role_mapping", objectId: String(mapping.id) });
    expect((await call(addRoleMappingAction, { claimValue: value, role: "raadslid" })).state).toMatchObject({ ok: false, message: "Deze koppeling bestaat al." });
    for (const role of ["ciso", "beheerder"]) {
      const { state } = await call(addRoleMappingAction, { claimValue: value, role });
      expect(state).toMatchObject({ ok: false, fieldErrors: { role: [expect.stringContaining("CISO en Beheerder")] } });
    }
    expect(await db.select().from(providerRoleMappings).where(eq(providerRoleMappings.claimValue, value))).toHaveLength(1);
    expect((await call(removeRoleMappingAction, { id: String(mapping.id) })).redirectTo).toBe("/beheer/aanmeldingen/rollen");
    expect(await db.select().from(providerRoleMappings).where(eq(providerRoleMappings.claimValue, value))).toEqual([]);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "role_mapping.remove", before: { claimValue: value, role: "raadslid" } });
  });

  it("a medewerker or CISO changes nothing: every action is refused and logged as denied", async () => {
    const { user } = await newcomer();
    harness.viewer = beheerder;
    await call(addRoleMappingAction, { claimValue: `blijft-${n}`, role: "medewerker" });
    const [mapping] = await db.select().from(providerRoleMappings).where(eq(providerRoleMappings.claimValue, `blijft-${n}`));
    for (const viewer of [staff, ciso]) {
      harness.viewer = viewer;
      const attempts = [
        ["user.approve", () => call(approveRegistrationAction, { id: user.id, roles: ["medewerker"], departmentId: "" })],
        ["user.reject", () => call(rejectRegistrationAction, { id: user.id, reason: "" })],
        ["role_mapping.create", () => call(addRoleMappingAction, { claimValue: `nieuw-${n}`, role: "medewerker" })],
        ["role_mapping.remove", () => call(removeRoleMappingAction, { id: String(mapping.id) })],
      ] as const;
      for (const [name, attempt] of attempts) {
        const { state } = await attempt();
        expect(state).toMatchObject({ ok: false, message: "U heeft geen toestemming voor deze handeling." });
        expect(await lastAuditEvent(db)).toMatchObject({ action: name, actorId: viewer.id, result: "denied", objectType: "permission", objectId: "users.manage" });
      }
    }
    expect(await userRow(user.id)).toMatchObject({ roles: [], awaitingApproval: true, active: true });
    expect(await db.select().from(providerRoleMappings).where(eq(providerRoleMappings.claimValue, `nieuw-${n}`))).toEqual([]);
    expect(await db.select().from(providerRoleMappings).where(eq(providerRoleMappings.id, mapping.id))).toHaveLength(1);
  });
});
