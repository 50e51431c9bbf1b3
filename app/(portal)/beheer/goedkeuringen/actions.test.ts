import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { harness, call, useDb, viewerFor, type TestViewer } from "@/test/action-harness";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { auditEvents, roleChangeRequests, userInvitations, userNotices, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { hashPassword } from "@/lib/auth/passwords";
import type { InvitationData } from "@/lib/users/invitation-data";
import { checkInvitation } from "@/lib/users/invitations";
import { createUserAction, inviteUserAction, updateUserAction } from "../gebruikers/actions";
import { approveRequestAction, rejectRequestAction, withdrawRequestAction } from "./actions";

describe.each(testDatabases)("vier ogen bij CISO en Beheerder op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let first: TestViewer; // beheerder A, who asks
  let second: TestViewer; // beheerder B, who decides
  let staff: TestViewer;
  let ciso: TestViewer;
  let n = 0;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    useDb(db);
    first = await viewerFor(db, "beheerder@voorbeeld.nl");
    second = await viewerFor(db, "beheerder2@voorbeeld.nl");
    staff = await viewerFor(db, "medewerker@voorbeeld.nl");
    ciso = await viewerFor(db, "ciso@voorbeeld.nl");
  });
  afterAll(() => close());

  /** A colleague with a password, as the seed makes them. */
  async function colleague(roles: ("medewerker" | "griffie" | "ciso" | "beheerder")[] = ["medewerker"]) {
    const [row] = await db
      .insert(users)
      .values({ email: `collega${++n}@voorbeeld.nl`, name: `Collega ${n}`, roles, passwordHash: await hashPassword("een lang demowachtwoord") })
      .returning({ id: users.id, name: users.name });
    return row;
  }
  const rolesOf = async (id: string) => (await db.select({ roles: users.roles }).from(users).where(eq(users.id, id)))[0].roles;
  const requestsFor = (userId: string) => db.select().from(roleChangeRequests).where(eq(roleChangeRequests.userId, userId));
  const noticesFor = (userId: string) => db.select().from(userNotices).where(eq(userNotices.userId, userId));
  const invitationsFor = (userId: string) => db.select().from(userInvitations).where(eq(userInvitations.userId, userId));
  const editInput = (person: { id: string; name: string }, roles: string[], reason = "nieuwe CISO per 1 december") => ({
    id: person.id, name: person.name, roles, departmentId: "", riskGroup: "standard", jobTitle: "", roleReason: reason,
  });

  async function requestCiso(person: { id: string; name: string }) {
    harness.viewer = first;
    const { redirectTo } = await call(updateUserAction, editInput(person, ["medewerker", "ciso"]));
    expect(redirectTo).toBe(`/beheer/gebruikers/${person.id}`);
    const [request] = await requestsFor(person.id);
    return request;
  }

  it("granting CISO opens a request and leaves the roles as they are, audited with the reason", async () => {
    const person = await colleague();
    const request = await requestCiso(person);
    expect(request).toMatchObject({ kind: "roles", status: "pending", roles: ["medewerker", "ciso"], requestedById: first.id, reason: "nieuwe CISO per 1 december" });
    expect(await rolesOf(person.id)).toEqual(["medewerker"]);
    expect(await lastAuditEvent(db)).toMatchObject({
      action: "approval.request", actorId: first.id, objectType: "user", objectId: person.id,
      before: { roles: ["medewerker"] }, after: { requestId: request.id, kind: "roles", roles: ["medewerker", "ciso"] },
    });
  });

  it("asks for a reason before a grant goes to the second beheerder, and keeps what was typed", async () => {
    const person = await colleague();
    harness.viewer = first;
    const { state } = await call(updateUserAction, editInput(person, ["medewerker", "beheerder"], ""));
    expect(state).toMatchObject({ ok: false, fieldErrors: { roleReason: [expect.stringContaining("waarom")] }, values: { roles: ["medewerker", "beheerder"] } });
    expect(await requestsFor(person.id)).toEqual([]);
    expect(await rolesOf(person.id)).toEqual(["medewerker"]);
  });

  it("the requester cannot approve their own request: refused, logged, nothing changes", async () => {
    const person = await colleague();
    const request = await requestCiso(person);
    harness.viewer = first;
    const { state } = await call(approveRequestAction, { id: String(request.id) });
    expect(state).toMatchObject({ ok: false });
    expect(await lastAuditEvent(db)).toMatchObject({ action: "approval.approve", actorId: first.id, result: "denied" });
    expect(await rolesOf(person.id)).toEqual(["medewerker"]);
    expect((await requestsFor(person.id))[0].status).toBe("pending");
  });

  it("a second beheerder approves: the roles change, the person gets a notice, one audit row", async () => {
    const person = await colleague();
    const request = await requestCiso(person);
    harness.viewer = second;
    const { state } = await call(approveRequestAction, { id: String(request.id), note: "besproken met de directeur" });
    expect(state).toMatchObject({ ok: true });
    expect(state?.data).toBeUndefined(); // the person has a password: no link is needed
    expect(await rolesOf(person.id)).toEqual(["medewerker", "ciso"]);
    expect((await requestsFor(person.id))[0]).toMatchObject({ status: "approved", decidedById: second.id, decisionNote: "besproken met de directeur", decidedAt: expect.any(Date) });
    const notices = await noticesFor(person.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ seenAt: null, message: expect.stringContaining("CISO") });
    expect(notices[0].message).toContain(first.name);
    expect(notices[0].message).toContain(second.name);
    expect(await lastAuditEvent(db)).toMatchObject({
      action: "approval.approve", actorId: second.id, objectId: person.id, result: "success",
      before: { roles: ["medewerker"] }, after: { requestId: request.id, roles: ["medewerker", "ciso"], requestedBy: first.name },
    });
  });

  it("approving a grant withdraws an activation link made before it, so the requester cannot use it", async () => {
    const person = await colleague();
    harness.viewer = first;
    const invite = await call(inviteUserAction, { id: person.id });
    const token = (invite.state!.data as InvitationData).activationLink!.split("/activeren/")[1];
    const request = await requestCiso(person);
    harness.viewer = second;
    expect((await call(approveRequestAction, { id: String(request.id) })).state).toMatchObject({ ok: true });
    expect(await checkInvitation(db, token)).toMatchObject({ ok: false, problem: "expired" });
  });

  it("the person it is about cannot decide either, nor can a medewerker or a CISO", async () => {
    const otherAdmin = await colleague(["beheerder", "medewerker"]);
    harness.viewer = first;
    expect((await call(inviteUserAction, { id: otherAdmin.id, linkReason: "wachtwoord vergeten" })).state).toMatchObject({ ok: true });
    const [request] = await requestsFor(otherAdmin.id);
    const asTarget = { ...second, id: otherAdmin.id, name: otherAdmin.name };
    for (const viewer of [asTarget, staff, ciso, null]) {
      harness.viewer = viewer;
      for (const attempt of [
        () => call(approveRequestAction, { id: String(request.id) }),
        () => call(rejectRequestAction, { id: String(request.id), reason: "nee" }),
        () => call(withdrawRequestAction, { id: String(request.id) }),
      ]) {
        const { state } = await attempt();
        expect(state).toMatchObject({ ok: false });
        expect(state?.data).toBeUndefined();
        expect(await lastAuditEvent(db)).toMatchObject({ actorId: viewer?.id ?? null, result: "denied" });
      }
    }
    expect((await requestsFor(otherAdmin.id))[0].status).toBe("pending");
    expect(await invitationsFor(otherAdmin.id)).toEqual([]);
    expect(await noticesFor(otherAdmin.id)).toEqual([]);
  });

  it("an activation link for the CISO needs approval; only the approver gets the link", async () => {
    const theCiso = await colleague(["ciso", "medewerker"]);
    harness.viewer = first;
    const asked = await call(inviteUserAction, { id: theCiso.id, linkReason: "CISO is het wachtwoord kwijt" });
    expect(asked.state).toMatchObject({ ok: true, message: expect.stringContaining("aangevraagd") });
    expect(asked.state?.data).toBeUndefined();
    expect(JSON.stringify(asked.state)).not.toContain("/activeren/");
    expect(await invitationsFor(theCiso.id)).toEqual([]);
    const [request] = await requestsFor(theCiso.id);
    expect(request).toMatchObject({ kind: "activation_link", status: "pending", roles: null });

    harness.viewer = second;
    const approved = await call(approveRequestAction, { id: String(request.id) });
    expect(approved.state).toMatchObject({ ok: true });
    const link = (approved.state!.data as InvitationData).activationLink!;
    expect(await checkInvitation(db, link.split("/activeren/")[1])).toMatchObject({ ok: true, userId: theCiso.id });
    expect(JSON.stringify(await lastAuditEvent(db))).not.toContain(link.split("/activeren/")[1]);
    expect((await noticesFor(theCiso.id))[0].message).toContain("activeringslink");
  });

  it("also for the existing demo CISO, and without a reason nothing is asked", async () => {
    harness.viewer = first;
    const { state } = await call(inviteUserAction, { id: ciso.id });
    expect(state).toMatchObject({ ok: false, fieldErrors: { linkReason: [expect.any(String)] } });
    expect(await invitationsFor(ciso.id)).toEqual([]);
    expect(await requestsFor(ciso.id)).toEqual([]);
  });

  it("a new account with the role CISO starts without it and without a link; the approver gets the link", async () => {
    harness.viewer = first;
    const { state } = await call(createUserAction, {
      name: `Nieuwe CISO ${++n}`, email: `nieuwe-ciso${n}@voorbeeld.nl`, roles: ["ciso", "medewerker"], departmentId: "", riskGroup: "standard", jobTitle: "", roleReason: "opvolger van Marieke",
    });
    expect(state).toMatchObject({ ok: true, message: expect.stringContaining("wachten op goedkeuring") });
    const userId = (state!.data as InvitationData).userId;
    expect((state!.data as InvitationData).activationLink).toBeUndefined();
    expect(await rolesOf(userId)).toEqual(["medewerker"]);
    expect(await invitationsFor(userId)).toEqual([]);

    const [request] = await requestsFor(userId);
    harness.viewer = second;
    const approved = await call(approveRequestAction, { id: String(request.id) });
    expect(await rolesOf(userId)).toEqual(["ciso", "medewerker"]);
    const link = (approved.state!.data as InvitationData).activationLink!;
    expect(await checkInvitation(db, link.split("/activeren/")[1])).toMatchObject({ ok: true, userId });
  });

  it("50 parallel approvals of one request: exactly one is applied, with one audit row and one link", async () => {
    const theCiso = await colleague(["ciso", "medewerker"]);
    harness.viewer = first;
    await call(inviteUserAction, { id: theCiso.id, linkReason: "nieuwe telefoon, wachtwoord kwijt" });
    const [request] = await requestsFor(theCiso.id);
    harness.viewer = second;
    const results = await Promise.all(Array.from({ length: 50 }, () => call(approveRequestAction, { id: String(request.id) })));
    expect(results.filter((r) => r.state?.ok)).toHaveLength(1);
    expect(results.filter((r) => r.state?.ok === false)).toHaveLength(49);
    for (const r of results.filter((r) => !r.state?.ok)) expect(r.state?.message).toMatch(/al beslist/);
    const approvals = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "approval.approve"), eq(auditEvents.objectId, theCiso.id)));
    expect(approvals).toHaveLength(1);
    expect(await invitationsFor(theCiso.id)).toHaveLength(1);
    expect(await noticesFor(theCiso.id)).toHaveLength(1);
  });

  it("one open request per person; other role changes wait until it is decided", async () => {
    const person = await colleague();
    await requestCiso(person);
    harness.viewer = first;
    const again = await call(updateUserAction, editInput(person, ["medewerker", "beheerder"]));
    expect(again.state).toMatchObject({ ok: false, message: expect.stringContaining("al een aanvraag open") });
    const direct = await call(updateUserAction, editInput(person, ["griffie"]));
    expect(direct.state).toMatchObject({ ok: false, message: expect.stringContaining("al een aanvraag open") });
    expect(await requestsFor(person.id)).toHaveLength(1);
    expect(await rolesOf(person.id)).toEqual(["medewerker"]);
  });

  it("rejecting needs a note and changes nothing; only the requester can withdraw", async () => {
    const person = await colleague();
    const request = await requestCiso(person);
    harness.viewer = second;
    expect((await call(rejectRequestAction, { id: String(request.id), reason: "" })).state).toMatchObject({ ok: false, fieldErrors: { reason: [expect.any(String)] } });
    expect((await call(withdrawRequestAction, { id: String(request.id) })).state).toMatchObject({ ok: false });
    expect((await call(rejectRequestAction, { id: String(request.id), reason: "Niet met de CISO afgestemd" })).redirectTo).toBe("/beheer/goedkeuringen");
    expect(await rolesOf(person.id)).toEqual(["medewerker"]);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "approval.reject", actorId: second.id, after: { status: "rejected", note: "Niet met de CISO afgestemd" } });

    const next = await requestCiso(person).then(async () => (await requestsFor(person.id)).find((r) => r.status === "pending")!);
    harness.viewer = first;
    expect((await call(withdrawRequestAction, { id: String(next.id) })).redirectTo).toBe("/beheer/goedkeuringen");
    expect(await lastAuditEvent(db)).toMatchObject({ action: "approval.withdraw", actorId: first.id });
    harness.viewer = second;
    expect((await call(approveRequestAction, { id: String(next.id) })).state).toMatchObject({ ok: false, message: expect.stringMatching(/al beslist/) });
    expect(await rolesOf(person.id)).toEqual(["medewerker"]);
  });

  it("re-checks at approval: a person deactivated since the request does not get the role", async () => {
    const person = await colleague();
    const request = await requestCiso(person);
    await db.update(users).set({ active: false }).where(eq(users.id, person.id));
    harness.viewer = second;
    expect((await call(approveRequestAction, { id: String(request.id) })).state).toMatchObject({ ok: false, message: expect.stringContaining("gedeactiveerd") });
    expect(await rolesOf(person.id)).toEqual(["medewerker"]);
    expect((await requestsFor(person.id))[0].status).toBe("pending");
  });

  it("re-checks at approval: a request by someone who is no longer beheerder is not applied", async () => {
    const formerAdmin = await colleague(["beheerder", "medewerker"]);
    const person = await colleague();
    harness.viewer = { ...first, id: formerAdmin.id, name: formerAdmin.name, roles: ["beheerder", "medewerker"] };
    await call(updateUserAction, editInput(person, ["medewerker", "ciso"]));
    const [request] = await requestsFor(person.id);
    expect(request).toMatchObject({ status: "pending", requestedById: formerAdmin.id });
    await db.update(users).set({ roles: ["medewerker"] }).where(eq(users.id, formerAdmin.id));
    harness.viewer = second;
    expect((await call(approveRequestAction, { id: String(request.id) })).state).toMatchObject({ ok: false, message: expect.stringContaining("geen actieve beheerder") });
    expect(await rolesOf(person.id)).toEqual(["medewerker"]);
  });

  it("refuses a request id that does not exist or is not a number", async () => {
    harness.viewer = second;
    expect((await call(approveRequestAction, { id: "999999" })).state).toMatchObject({ ok: false, message: expect.stringContaining("bestaat niet") });
    expect((await call(approveRequestAction, { id: "99999999999" })).state).toMatchObject({ ok: false });
  });
});
