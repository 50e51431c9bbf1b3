import "server-only";
import { getDb } from "@/db";
import { listDepartments } from "@/db/queries/departments";

/** A lookup from department id to name, for describing an audience in words. */
export async function departmentNamer(): Promise<(id: number) => string> {
  const names = new Map((await listDepartments(getDb())).map((d) => [d.id, d.name]));
  return (id) => names.get(id) ?? `afdeling ${id}`;
}
