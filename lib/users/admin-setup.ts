import path from "node:path";
import { eq } from "drizzle-orm";
import { isPglite, type Db } from "@/db/client";
import { organisation, users } from "@/db/schema";
import type { Role } from "@/db/schema/enums";
import { findUserIdByEmail, getUserSnapshot, insertUser } from "@/db/queries/users";
import { addNotice } from "@/db/queries/notices";
import { writeAudit, type AuditInput } from "@/lib/audit/chain";
import { createInvitation, invitationAuditFields } from "@/lib/users/invitations";
import { breakGlassNotice } from "@/lib/users/notices";

// The break-glass path around four eyes (one beheerder left, or none who can log in): logged as the system.
export const SCRIPT_ACTOR = "systeem (beheerscript)";

/** A refusal the script prints as it is; the message says what to do instead. */
export class AdminSetupError extends Error {}

export type AdminSetupInput = { email: string; name: string; organisationName: string; newLink?: boolean };

/**
 * The way into a fresh installation (and back in after a lock-out): makes sure the organisation
 * exists, then creates a beheerder, or with `newLink` gives an existing account the beheerder role
 * and a new activation link. Everything, audit rows included, in one transaction.
 */
export async function setUpAdmin(db: Db, input: AdminSetupInput) {
  const email = input.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const system = (event: Pick<AuditInput, "action" | "objectType" | "objectId" | "before" | "after">) =>
      writeAudit(tx, { ...event, actorId: null, actorLabel: SCRIPT_ACTOR, result: "success", ip: null });

    const [existingOrganisation] = await tx.select({ id: organisation.id }).from(organisation).where(eq(organisation.id, 1));
    if (!existingOrganisation) {
      const values = { id: 1, name: input.organisationName, contactEmail: email };
      await tx.insert(organisation).values(values);
      await system({ action: "organisation.create", objectType: "organisation", objectId: 1, after: values });
    }

    const existingId = await findUserIdByEmail(tx, email);
    if (existingId && !input.newLink) {
      throw new AdminSetupError(
        `Er is al een account met het e-mailadres ${email}. Wilt u dit account beheerder maken en een nieuwe activeringslink? Voeg dan --nieuwe-link toe.`,
      );
    }

    let userId: string;
    if (existingId) {
      userId = existingId;
      const before = (await getUserSnapshot(tx, userId))!;
      const roles: Role[] = before.roles.includes("beheerder") ? before.roles : [...before.roles, "beheerder"];
      await tx.update(users).set({ roles, active: true, deactivatedAt: null, updatedAt: new Date() }).where(eq(users.id, userId));
      await system({ action: "user.update", objectType: "user", objectId: userId, before, after: await getUserSnapshot(tx, userId) });
    } else {
      userId = await insertUser(tx, { email, name: input.name.trim(), roles: ["beheerder", "medewerker"], departmentId: null, riskGroup: "standard", jobTitle: null });
      await system({ action: "user.create", objectType: "user", objectId: userId, after: await getUserSnapshot(tx, userId) });
    }

    const invitation = await createInvitation(tx, userId);
    await system({
      action: "user.invite",
      objectType: "user",
      objectId: userId,
      after: invitationAuditFields(invitation),
    });
    // Told at the next login, like a grant approved by two beheerders: a misused script does not go unnoticed.
    await addNotice(tx, userId, breakGlassNotice({ at: new Date() }));
    return { userId, created: !existingId, token: invitation.token, expiresAt: invitation.expiresAt };
  });
}

/** What both database scripts print first: PGlite has no lock on its folder. */
export function databaseNotice(env: Record<string, string | undefined> = process.env): string[] {
  if (env.DATABASE_URL) return ["Database: PostgreSQL (DATABASE_URL)."];
  return [
    `Database: ingebouwd (PGlite) in ${path.join(path.resolve(env.DATA_DIR || ".data"), "pglite")}`,
    "Let op: stop eerst het portaal (npm start of npm run dev) als dat deze map gebruikt. PGlite heeft geen slot",
    "op de map: als de server en dit script tegelijk schrijven, gaan gegevens ongemerkt verloren.",
  ];
}

export async function closeDb(db: Db): Promise<void> {
  const client = (db as unknown as { $client: { close?: () => Promise<void>; end?: () => Promise<void> } }).$client;
  await (isPglite(db) ? client.close?.() : client.end?.());
}
