import { roles } from "@/db/schema/enums";
import { MAX_RECORD_ID } from "@/lib/params";
import { optionalText, recordId, z } from "@/lib/zod-nl";

/** The roles a beheerder may give when approving, or map from the provider: never CISO or Beheerder. */
export const approvableRoles = roles.filter((r) => r !== "ciso" && r !== "beheerder");

const PRIVILEGED_REFUSAL = "CISO en Beheerder geeft u niet bij een aanmelding. Dat kan daarna via Gebruikers, met goedkeuring van een tweede beheerder.";

const isApprovable = (v: string) => approvableRoles.includes(v as never);
const approvableRole = z.enum(roles, { message: "Kies een van de rollen." }).refine(isApprovable, PRIVILEGED_REFUSAL);

// One checked box arrives as a string, several as an array, none as nothing.
const rolesSchema = z
  .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(roles, { message: "Kies een van de rollen." })).min(1, "Kies minstens één rol.").refine((list) => list.every(isApprovable), PRIVILEGED_REFUSAL))
  .transform((list) => [...new Set(list)] as (typeof approvableRoles)[number][]);

const departmentIdSchema = z.preprocess(
  (v) => (v === "" || v === undefined ? null : Number(v)),
  z.number({ message: "Kies een afdeling uit de lijst." }).int().positive().max(MAX_RECORD_ID, "Kies een afdeling uit de lijst.").nullable(),
);

export const approveRegistrationSchema = z.object({ id: z.uuid(), roles: rolesSchema, departmentId: departmentIdSchema });

export const rejectRegistrationSchema = z.object({ id: z.uuid(), reason: optionalText(500) });

export const addRoleMappingSchema = z.object({
  claimValue: z.string().trim().min(1, "Vul de app-rol of groep in, zoals die in het token staat.").max(200),
  role: approvableRole,
});

export const removeRoleMappingSchema = z.object({ id: recordId() });
