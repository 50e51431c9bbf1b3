import { asc, count, desc, eq, or, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { departments, users } from "@/db/schema";

type Reader = Db | Tx;

/** All departments with the number of users in each, active ones first. */
export async function listDepartments(db: Reader) {
  return db
    .select({ id: departments.id, name: departments.name, active: departments.active, userCount: count(users.id) })
    .from(departments)
    .leftJoin(users, eq(users.departmentId, departments.id))
    .groupBy(departments.id)
    .orderBy(desc(departments.active), asc(departments.name));
}

/** The choices in a user form: active departments, plus the user's current one if it was deactivated. */
export async function listDepartmentOptions(db: Reader, currentId?: number | null) {
  const rows = await db
    .select({ id: departments.id, name: departments.name, active: departments.active })
    .from(departments)
    .where(currentId ? or(eq(departments.active, true), eq(departments.id, currentId)) : eq(departments.active, true))
    .orderBy(asc(departments.name));
  return rows.map((d) => ({ value: String(d.id), label: d.active ? d.name : `${d.name} (niet meer in gebruik)` }));
}

export async function getDepartment(db: Reader, id: number) {
  const [row] = await db
    .select({ id: departments.id, name: departments.name, active: departments.active })
    .from(departments)
    .where(eq(departments.id, id));
  return row ?? null;
}

/** Case-insensitive, so "Griffie" and "griffie" do not become two departments. */
export async function findDepartmentByName(db: Reader, name: string) {
  const [row] = await db.select({ id: departments.id }).from(departments).where(eq(sql`lower(${departments.name})`, name.toLowerCase()));
  return row?.id ?? null;
}
