"use server";

import { eq } from "drizzle-orm";
import { departments } from "@/db/schema";
import type { Tx } from "@/db/client";
import { findDepartmentByName, getDepartment } from "@/db/queries/departments";
import { action, ActionError } from "@/lib/action";
import { createDepartmentSchema, departmentIdSchema, renameDepartmentSchema } from "./schemas";

const revalidate = ["/beheer/organisatie", "/beheer/gebruikers"];
const duplicate = (field = "name") =>
  new ActionError("Er is al een afdeling met deze naam.", { [field]: ["Er is al een afdeling met deze naam. Kies een andere naam."] });

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
  { name: "department.rename", schema: renameDepartmentSchema, permission: "organisation.manage" },
  async ({ id, name }, { tx, audit }) => {
    const before = await getDepartment(tx, id);
    if (!before) throw new ActionError("Deze afdeling bestaat niet (meer).");
    const existing = await findDepartmentByName(tx, name);
    if (existing && existing !== id) throw duplicate();
    await tx.update(departments).set({ name }).where(eq(departments.id, id));
    await audit({ action: "department.rename", objectType: "department", objectId: id, before, after: { ...before, name } });
    return { message: `De afdeling heet nu ${name}.`, redirectTo: "/beheer/organisatie", revalidate };
  },
);

async function setActive(tx: Tx, id: number, active: boolean) {
  const before = await getDepartment(tx, id);
  if (!before) throw new ActionError("Deze afdeling bestaat niet (meer).");
  if (before.active === active) {
    throw new ActionError(active ? `De afdeling ${before.name} is al in gebruik.` : `De afdeling ${before.name} is al niet meer in gebruik.`);
  }
  await tx.update(departments).set({ active }).where(eq(departments.id, id));
  return before;
}

export const deactivateDepartmentAction = action(
  { name: "department.deactivate", schema: departmentIdSchema, permission: "organisation.manage" },
  async ({ id }, { tx, audit }) => {
    const before = await setActive(tx, id, false);
    await audit({ action: "department.deactivate", objectType: "department", objectId: id, before, after: { ...before, active: false } });
    return {
      message: `De afdeling ${before.name} is niet meer te kiezen. Gebruikers die er nu bij horen, houden deze afdeling tot u hen een andere geeft.`,
      redirectTo: "/beheer/organisatie",
      revalidate,
    };
  },
);

export const reactivateDepartmentAction = action(
  { name: "department.reactivate", schema: departmentIdSchema, permission: "organisation.manage" },
  async ({ id }, { tx, audit }) => {
    const before = await setActive(tx, id, true);
    await audit({ action: "department.reactivate", objectType: "department", objectId: id, before, after: { ...before, active: true } });
    return { message: `De afdeling ${before.name} is weer te kiezen.`, redirectTo: "/beheer/organisatie", revalidate };
  },
);
