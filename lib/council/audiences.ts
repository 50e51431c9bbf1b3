import { and, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { memos, users } from "@/db/schema";
import type { CouncilSeat, MemoAudience, Role } from "@/db/schema/enums";
import { can } from "@/lib/auth/permissions";

export type Reader = { id: string; roles: readonly Role[] };

/**
 * The memo audiences a person belongs to. Bestuurders are not ambtenaren (seed 004): a member of the college
 * is reached as college, not as staff, even when the account also has the role medewerker.
 */
export function audiencesOf(person: { roles: readonly Role[]; councilSeat: CouncilSeat | null }): MemoAudience[] {
  const found: MemoAudience[] = [];
  if (person.roles.includes("medewerker") && person.councilSeat !== "college") found.push("staff");
  const seat = person.councilSeat ?? (person.roles.includes("raadslid") ? "raadslid" : null);
  if (seat === "raadslid") found.push("council");
  if (seat === "burgerraadslid") found.push("citizen_council");
  if (seat === "college") found.push("college");
  return found;
}

/** The audiences of a signed-in person, with their council seat read from the database. */
export async function readerAudiences(db: Db | Tx, reader: Reader): Promise<MemoAudience[]> {
  const [row] = await db.select({ councilSeat: users.councilSeat }).from(users).where(eq(users.id, reader.id));
  return audiencesOf({ roles: reader.roles, councilSeat: row?.councilSeat ?? null });
}

/**
 * The one rule for which memos a person may see: the griffie and the CISO see every memo, drafts included;
 * everyone else sees published memos addressed to an audience they belong to.
 */
export async function memoVisibility(db: Db | Tx, reader: Reader): Promise<SQL | undefined> {
  if (can(reader.roles, "memos.manage")) return undefined;
  const audiences = await readerAudiences(db, reader);
  if (audiences.length === 0) return sql`false`;
  return and(
    isNotNull(memos.publishedAt),
    sql`${memos.audiences} && ARRAY[${sql.join(audiences.map((a) => sql`${a}`), sql`, `)}]::memo_audience[]`,
  );
}
