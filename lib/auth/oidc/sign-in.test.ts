import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { lastAuditEvent, seededDb, testDatabases } from "@/test/databases";
import { auditEvents, externalIdentities, providerRoleMappings, userSessions, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { findLiveSession } from "@/lib/auth/live-session";
import { oidcSignIn, type OidcSignInInput } from "./sign-in";

const ISSUER = "https://login.example.test/tenant/v2.0";

describe.each(testDatabases)("aanmelden via de identiteitsprovider op $name", ({ url }) => {
  let db: Db;
  let close: () => Promise<void>;
  let n = 0;

  beforeAll(async () => {
    ({ db, close } = await seededDb(url));
    await db.insert(providerRoleMappings).values([
      { claimValue: "Portaal.Griffie", role: "griffie" },
      { claimValue: "Portaal.Medewerker", role: "medewerker" },
    ]);
  });
  afterAll(() => close());

  const person = (claims: Record<string, unknown> = {}) => {
    n++;
    return { iss: ISSUER, sub: `sub-${n}-${Math.random().toString(36).slice(2)}`, name: `Nieuwe Collega ${n}`, email: `nieuw${n}@gemeente.example`, ...claims };
  };
  const signIn = (claims: Record<string, unknown>, extra: Partial<OidcSignInInput> = {}) =>
    oidcSignIn(db, { claims, idToken: "header.payload.signature", rolesClaim: "roles", ip: "192.0.2.7", userAgent: "Mozilla/5.0 Firefox/140.0", ...extra });
  const accountOf = async (claims: { iss: string; sub: string }) => {
    const [row] = await db
      .select({ user: users, identity: externalIdentities })
      .from(externalIdentities)
      .innerJoin(users, eq(users.id, externalIdentities.userId))
      .where(and(eq(externalIdentities.issuer, claims.iss), eq(externalIdentities.subject, claims.sub)));
    return row;
  };
  const approve = (userId: string, roles: ("medewerker" | "griffie")[]) =>
    db.update(users).set({ roles, awaitingApproval: false }).where(eq(users.id, userId));

  it("a first login makes an account without roles that waits, with roles proposed by the mapping, and is refused", async () => {
    const claims = person({ roles: ["Portaal.Griffie", "Onbekend", "Portaal.Griffie"] });
    expect(await signIn(claims)).toEqual({ ok: false, reason: "pending" });
    const { user, identity } = await accountOf(claims);
    expect(user).toMatchObject({ name: claims.name, email: claims.email, roles: [], awaitingApproval: true, active: true, proposedRoles: ["griffie"], passwordHash: null });
    expect(identity.email).toBe(claims.email);
    expect(await db.select().from(userSessions).where(eq(userSessions.userId, user.id))).toEqual([]);
    const events = await db.select().from(auditEvents).where(sql`${auditEvents.after}->>'provider' = ${ISSUER}`);
    expect(events.filter((e) => e.objectId === user.id).map((e) => e.action)).toContain("user.register");
    expect(await lastAuditEvent(db)).toMatchObject({ action: "auth.login", result: "denied", actorId: user.id, after: { reason: "account wacht op goedkeuring" } });
    // A second try while still waiting: the same account, still refused, nothing new.
    expect(await signIn(claims)).toEqual({ ok: false, reason: "pending" });
    expect(await db.select({ id: users.id }).from(users).where(eq(users.email, claims.email))).toHaveLength(1);
  });

  it("after approval the login opens a session with the provider's issuer and ID token, and the person has the approved roles", async () => {
    const claims = person();
    await signIn(claims);
    const { user } = await accountOf(claims);
    await approve(user.id, ["griffie"]);
    const outcome = await signIn(claims, { idToken: "the.id.token" });
    expect(outcome).toMatchObject({ ok: true, userId: user.id });
    if (!outcome.ok) throw new Error("expected a session");
    const [session] = await db.select().from(userSessions).where(eq(userSessions.id, outcome.sessionId));
    expect(session).toMatchObject({ userId: user.id, providerIssuer: ISSUER, providerIdToken: "the.id.token", ip: "192.0.2.7" });
    expect(await findLiveSession(db, outcome.sessionId)).toMatchObject({ id: user.id, roles: ["griffie"] });
    expect(await lastAuditEvent(db)).toMatchObject({ action: "auth.login", result: "success", actorId: user.id, objectId: outcome.sessionId, after: { provider: ISSUER } });
  });

  it("a changed e-mail address at the provider keeps the same account; only the address shown to the beheerder follows", async () => {
    const claims = person();
    await signIn(claims);
    const { user } = await accountOf(claims);
    await approve(user.id, ["medewerker"]);
    const outcome = await signIn({ ...claims, email: `nieuw-adres-${n}@gemeente.example` });
    expect(outcome).toMatchObject({ ok: true, userId: user.id });
    const after = await accountOf(claims);
    expect(after.identity.email).toBe(`nieuw-adres-${n}@gemeente.example`);
    expect(after.user.email).toBe(claims.email);
    expect(await db.select({ id: users.id }).from(users).where(eq(users.email, `nieuw-adres-${n}@gemeente.example`))).toEqual([]);
  });

  it("the same subject at another issuer is another person", async () => {
    const claims = person();
    await signIn(claims);
    const { user } = await accountOf(claims);
    await approve(user.id, ["medewerker"]);
    expect(await signIn({ ...claims, iss: "https://evil.example.test/", email: `ander${n}@evil.example` })).toEqual({ ok: false, reason: "pending" });
    expect((await accountOf({ iss: "https://evil.example.test/", sub: claims.sub })).user.id).not.toBe(user.id);
  });

  it("a deactivated account stays refused although the provider accepts the person", async () => {
    const claims = person();
    await signIn(claims);
    const { user } = await accountOf(claims);
    await approve(user.id, ["medewerker"]);
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await signIn(claims)).toEqual({ ok: false, reason: "deactivated" });
    expect(await db.select().from(userSessions).where(eq(userSessions.userId, user.id))).toEqual([]);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "auth.login", result: "denied", actorId: user.id, after: { reason: "account is gedeactiveerd" } });
  });

  it("never links by e-mail address: an existing portal account with that address is refused, audited, nothing made", async () => {
    const [before] = await db.select({ count: sql<number>`count(*)::int` }).from(users);
    // The demo CISO signs in with a password; someone at the provider with the same address gets nothing.
    const claims = person({ email: "CISO@voorbeeld.nl" });
    expect(await signIn(claims)).toEqual({ ok: false, reason: "email_in_use" });
    expect(await accountOf(claims)).toBeUndefined();
    const [after] = await db.select({ count: sql<number>`count(*)::int` }).from(users);
    expect(after.count).toBe(before.count);
    expect(await lastAuditEvent(db)).toMatchObject({ action: "auth.login", result: "denied", actorId: null, after: { reason: expect.stringContaining("niet gekoppeld") } });
  });

  it("a token without a usable e-mail address makes no account", async () => {
    const claims = person({ email: undefined, preferred_username: "geen-adres" });
    expect(await signIn(claims)).toEqual({ ok: false, reason: "incomplete" });
    expect(await accountOf(claims)).toBeUndefined();
  });

  it("takes the e-mail address from preferred_username when the provider (Entra ID) sends no email claim", async () => {
    const claims = person({ email: undefined, preferred_username: `Upn.${n + 1}@Gemeente.example` });
    expect(await signIn(claims)).toEqual({ ok: false, reason: "pending" });
    expect((await accountOf(claims)).user.email).toBe(`upn.${n}@gemeente.example`);
  });

  it("50 parallel first logins of one subject make exactly one account and one identity", async () => {
    const claims = person({ roles: "Portaal.Medewerker" });
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => signIn(claims)));
    expect(outcomes.every((o) => !o.ok && o.reason === "pending")).toBe(true);
    expect(await db.select().from(users).where(eq(users.email, claims.email))).toHaveLength(1);
    expect(await db.select().from(externalIdentities).where(eq(externalIdentities.subject, claims.sub))).toHaveLength(1);
    expect((await accountOf(claims)).user.proposedRoles).toEqual(["medewerker"]);
    const registrations = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "user.register"), eq(auditEvents.objectId, (await accountOf(claims)).user.id)));
    expect(registrations).toHaveLength(1);
  });
});
