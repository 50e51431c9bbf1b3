import { councilSeats, riskGroups, roles } from "@/db/schema/enums";
import { optionalText, z } from "@/lib/zod-nl";
import { MAX_RECORD_ID } from "@/lib/params";

// One checked box arrives as a string, several as an array, none as nothing.
const rolesSchema = z
  .preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(roles, { message: "Kies een van de rollen." })).min(1, "Kies minstens één rol."),
  )
  .transform((list) => [...new Set(list)]);

const departmentIdSchema = z.preprocess(
  (v) => (v === "" || v === undefined ? null : Number(v)),
  z.number({ message: "Kies een afdeling uit de lijst." }).int().positive().max(MAX_RECORD_ID, "Kies een afdeling uit de lijst.").nullable(),
);

const userFields = {
  name: z.string().trim().min(1, "Vul de naam in.").max(120),
  roles: rolesSchema,
  departmentId: departmentIdSchema,
  riskGroup: z.enum(riskGroups, { message: "Kies een risicogroep." }),
  jobTitle: optionalText(120),
  // A raadslid with a municipal phone or tablet is asked to acknowledge the policy, like staff.
  hasMunicipalDevice: z.preprocess((v) => v === "ja", z.boolean()),
  // Raadslid, burgerraadslid or college: decides which memos reach the person (bestuurders are not staff).
  councilSeat: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(councilSeats, { message: "Kies een functie in de raad of het college uit de lijst." }).nullable()),
  // Needed only when CISO or Beheerder is granted: the second beheerder reads it before deciding.
  roleReason: optionalText(500),
};

export const createUserSchema = z.object({
  ...userFields,
  email: z.string().trim().toLowerCase().min(1, "Vul het e-mailadres in.").max(254).pipe(z.email()),
});

export const updateUserSchema = z.object({ id: z.uuid(), ...userFields });

export const userIdSchema = z.object({ id: z.uuid() });

// Field names differ per form: the user page holds several forms, and field ids follow the names.
// A new link for a CISO or beheerder waits for a second beheerder, who reads the reason.
export const inviteUserSchema = z.object({ id: z.uuid(), linkReason: optionalText(500) });

export const deactivateUserSchema = z.object({
  id: z.uuid(),
  reason: z.string().trim().min(1, "Schrijf op waarom u dit account deactiveert.").max(500),
  confirm: z.literal("ja", { message: "Zet een vinkje om te bevestigen dat u dit account wilt deactiveren." }),
});

export const endUserSessionsSchema = z.object({
  id: z.uuid(),
  confirmEndSessions: z.literal("ja", { message: "Zet een vinkje om te bevestigen dat u alle sessies wilt beëindigen." }),
});

// Resetting someone's second factor waits for a second beheerder, who reads the reason.
export const resetSecondFactorSchema = z.object({ id: z.uuid(), resetReason: optionalText(500) });
