"use server";

import { eq } from "drizzle-orm";
import { departments } from "@/db/schema";
import type { Tx } from "@/db/client";
import { findDepartmentByName } from "@/db/queries/departments";
import { action, ActionError } from "@/lib/action";
import type { LockRow } from "@/lib/record-lock";
import { createDepartmentSchema, departmentIdSchema, renameDepartmentSchema } from "./schemas";

const revalidate = ["/beheer/organisatie", "/beheer/gebruikers"];
const duplicate = (field = "name") =>
  new ActionError("Er is al een afdeling met deze naam.", { [field]: ["Er is al een afdeling met deze naam. Kies een andere naam."] });

type Department = typeof departments.$inferSelect;

// The department is locked while it is checked and changed, so two parallel requests cannot both pass the check.
const existingDepartment = {
  load: ({ id }: { id: number }, lock: LockRow) => lock(departments, id),
  missing: "Deze afdeling bestaat niet (meer).",
};
const departmentIn = (active: boolean) => ({
  ...existingDepartment,
  // Asked to become what it already is: say so, change nothing.
  check: (department: Department) =>
    department.active !== active ? null : active ? `De afdeling ${department.name} is al in gebruik.` : `De afdeling ${department.name} is al niet meer in gebruik.`,
});
// As the audit log has always recorded a department.
const snapshot = ({ id, name, active }: Department) => ({ id, name, active });

export const createDepartmentAction = action(
  { name: "department.create", schema: createDepartmentSchema, permission: "organisation.manage" },
  async ({ departmentName: name }, { tx, audit }) => {
    if (await findDepartmentByName(tx, name)) throw duplicate("departmentName");
    const [created] = await tx.insert(departments).values({ name }).returning({ id: departments.id, name: departments.name, active: departments.active });
    await audit({ action: "department.create", objectType: "department", objectId: created.id, after: created });
    return { message: `De afdeling ${name} is toegevoegd.`, redirectTo: "/beheer/organisatie", revalidate };
  },
);

export const renameDepartmentAction = action(
  { name: "department.rename", schema: renameDepartmentSchema, permission: "organisation.manage", record: existingDepartment },
  async ({ id, name }, { tx, audit, record }) => {
    const before = snapshot(record);
    const existing = await findDepartmentByName(tx, name);
    if (existing && existing !== id) throw duplicate();
    await tx.update(departments).set({ name }).where(eq(departments.id, id));
    await audit({ action: "department.rename", objectType: "department", objectId: id, before, after: { ...before, name } });
    return { message: `De afdeling heet nu ${name}.`, redirectTo: "/beheer/organisatie", revalidate };
  },
);

async function setActive(tx: Tx, record: Department, active: boolean) {
  await tx.update(departments).set({ active }).where(eq(departments.id, record.id));
  return snapshot(record);
}

export const deactivateDepartmentAction = action(
  { name: "department.deactivate", schema: departmentIdSchema, permission: "organisation.manage", record: departmentIn(false) },
  async ({ id }, { tx, audit, record }) => {
    const before = await setActive(tx, record, false);
    await audit({ action: "department.deactivate", objectType: "department", objectId: id, before, after: { ...before, active: false } });
    return {
      message: `De afdeling ${before.name} is niet meer te kiezen. Gebruikers die er nu bij horen, houden deze afdeling tot u hen een andere geeft.`,
      redirectTo: "/beheer/organisatie",
      revalidate,
    };
  },
);

export const reactivateDepartmentAction = action(
  { name: "department.reactivate", schema: departmentIdSchema, permission: "organisation.manage", record: departmentIn(true) },
  async ({ id }, { tx, audit, record }) => {
    const before = await setActive(tx, record, true);
    await audit({ action: "department.reactivate", objectType: "department", objectId: id, before, after: { ...before, active: true } });
    return { message: `De afdeling ${before.name} is weer te kiezen.`, redirectTo: "/beheer/organisatie", revalidate };
  },
);
