import { inArray } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { providerRoleMappings } from "@/db/schema";
import type { Role } from "@/db/schema/enums";
import { PRIVILEGED_ROLES } from "@/lib/users/user-rules";

export type IdTokenClaims = Record<string, unknown> & { iss?: unknown; sub?: unknown };

const text = (value: unknown, max: number) => (typeof value === "string" && value.trim() ? value.trim().slice(0, max) : null);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The person as the provider describes them. Entra gives the e-mail address only as an optional claim, hence preferred_username. */
export function personFromClaims(claims: IdTokenClaims): { name: string | null; email: string | null } {
  const email = [claims.email, claims.preferred_username, claims.upn]
    .map((v) => text(v, 254)?.toLowerCase() ?? null)
    .find((v): v is string => v !== null && EMAIL.test(v)) ?? null;
  const fullName = [text(claims.given_name, 60), text(claims.family_name, 60)].filter(Boolean).join(" ");
  const name = text(claims.name, 120) ?? (fullName || null) ?? email;
  return { name, email };
}

/** The app roles or groups in the configured claim: an array of strings, or one string. */
export function claimValues(claims: IdTokenClaims, rolesClaim: string): string[] {
  const raw = Object.hasOwn(claims, rolesClaim) ? claims[rolesClaim] : undefined;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return [...new Set(list.filter((v): v is string => typeof v === "string" && v.length > 0 && v.length <= 200))].slice(0, 200);
}

/** The portal roles the beheerder's mapping proposes for these claim values; never CISO or Beheerder. */
export async function proposedRolesFor(db: Db | Tx, values: string[]): Promise<Role[]> {
  if (values.length === 0) return [];
  const rows = await db.select({ role: providerRoleMappings.role }).from(providerRoleMappings).where(inArray(providerRoleMappings.claimValue, values));
  return [...new Set(rows.map((r) => r.role))].filter((r) => !PRIVILEGED_ROLES.includes(r)).sort();
}
