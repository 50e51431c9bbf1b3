import { recordId, z } from "@/lib/zod-nl";

const name = z.string().trim().min(2, "Vul de naam van de afdeling in (minstens 2 tekens).").max(120);
const id = recordId();

// The add form shares a page with the organisation form, so its field has a name of its own.
export const createDepartmentSchema = z.object({ departmentName: name });
export const renameDepartmentSchema = z.object({ id, name });
export const departmentIdSchema = z.object({ id });
