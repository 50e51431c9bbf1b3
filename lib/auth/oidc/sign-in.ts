import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { externalIdentities, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/chain";
import { openSession } from "@/lib/auth/open-session";
import { claimValues, personFromClaims, proposedRolesFor, type IdTokenClaims } from "./claims";

export type OidcSignInInput = {
  /** The ID token's claims, already validated by next-auth (issuer, audience, signature, expiry, nonce). */
  claims: IdTokenClaims;
  idToken: string | null;
  rolesClaim: string;
  ip: string | null;
  userAgent?: string | null;
  now?: Date;
};

export type OidcRefusal = "pending" | "deactivated" | "email_in_use" | "incomplete";
export type OidcSignInOutcome = { ok: true; userId: string; sessionId: string } | { ok: false; reason: OidcRefusal };

const refusalNotes: Record<OidcRefusal, string> = {
  pending: "account wacht op goedkeuring",
  deactivated: "account is gedeactiveerd",
  email_in_use: "e-mailadres hoort bij een bestaand account; niet gekoppeld",
  incomplete: "identiteitsprovider gaf geen naam of e-mailadres door",
};

/** A parallel first login of the same subject made the account while this one was deciding: look again. */
class LostRace extends Error {}

const isLostRace = (error: unknown) =>
  error instanceof LostRace || [(error as { code?: string })?.code, (error as { cause?: { code?: string } })?.cause?.code].includes("23505");

/**
 * What a sign-in through the identity provider leads to. The account is found by issuer + subject only, never by
 * e-mail address. An unknown subject gets a new account that waits for a beheerder, without any role.
 * Parallel first logins of one subject race on the primary key of external_identity (and the unique e-mail
 * address): the losers roll back and look again, and then find the account the winner made.
 */
export async function oidcSignIn(db: Db, input: OidcSignInInput): Promise<OidcSignInOutcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction((tx) => decide(tx, input));
    } catch (error) {
      if (!isLostRace(error) || attempt >= 2) throw error;
    }
  }
}

async function decide(tx: Tx, input: OidcSignInInput): Promise<OidcSignInOutcome> {
  const now = input.now ?? new Date();
  const issuer = typeof input.claims.iss === "string" ? input.claims.iss : "";
  const subject = typeof input.claims.sub === "string" ? input.claims.sub : "";
  const person = personFromClaims(input.claims);
  const audit = (result: "success" | "denied", actor: { id: string; name: string } | null, action: string, after: Record<string, unknown>, objectId?: string) =>
    writeAudit(tx, {
      actorId: actor?.id ?? null, actorLabel: actor?.name ?? person.email ?? person.name ?? subject, action,
      objectType: action === "auth.login" ? "session" : "user", objectId: objectId ?? null, result, ip: input.ip,
      after: { provider: issuer, ...after },
    });
  const refuse = async (reason: OidcRefusal, actor: { id: string; name: string } | null = null): Promise<OidcSignInOutcome> => {
    await audit("denied", actor, "auth.login", { reason: refusalNotes[reason] });
    return { ok: false, reason };
  };
  if (!issuer || !subject) return refuse("incomplete");

  const identity = and(eq(externalIdentities.issuer, issuer), eq(externalIdentities.subject, subject));
  const [linked] = await tx
    .select({ id: users.id, name: users.name, active: users.active, awaitingApproval: users.awaitingApproval })
    .from(externalIdentities)
    .innerJoin(users, eq(users.id, externalIdentities.userId))
    .where(identity);

  if (linked) {
    await tx.update(externalIdentities).set({ email: person.email, lastLoginAt: now }).where(identity);
    if (!linked.active) return refuse("deactivated", linked);
    if (linked.awaitingApproval) return refuse("pending", linked);
    const sessionId = await openSession(tx, { userId: linked.id, ip: input.ip, userAgent: input.userAgent, now, provider: { issuer, idToken: input.idToken } });
    await audit("success", linked, "auth.login", {}, sessionId);
    return { ok: true, userId: linked.id, sessionId };
  }

  if (!person.email || !person.name) return refuse("incomplete");
  const [sameEmail] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, person.email));
  // Linking by e-mail address would let whoever controls that address at the provider take over the account.
  if (sameEmail) {
    // Each statement sees what has been committed since: the address may be that of our own subject's new account.
    if ((await tx.select({ userId: externalIdentities.userId }).from(externalIdentities).where(identity)).length > 0) throw new LostRace();
    return refuse("email_in_use");
  }

  const proposedRoles = await proposedRolesFor(tx, claimValues(input.claims, input.rolesClaim));
  const [user] = await tx
    .insert(users)
    .values({ email: person.email, name: person.name, roles: [], awaitingApproval: true, proposedRoles, createdAt: now, updatedAt: now })
    .returning({ id: users.id, name: users.name });
  await tx.insert(externalIdentities).values({ issuer, subject, userId: user.id, email: person.email, createdAt: now, lastLoginAt: now });
  await audit("success", user, "user.register", { email: person.email, proposedRoles }, user.id);
  await audit("denied", user, "auth.login", { reason: refusalNotes.pending });
  return { ok: false, reason: "pending" };
}
