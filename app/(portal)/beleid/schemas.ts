import { riskGroups } from "@/db/schema/enums";
import { isoDate, optionalText, recordId, z } from "@/lib/zod-nl";

// One checked box arrives as a string, several as an array, none as nothing.
const checkedList = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item)).transform((list) => [...new Set(list)] as z.infer<T>[]);
const yes = z.preprocess((v) => v === "ja", z.boolean());

/** The groups the VNG advice names for a stricter measure: bestuurders, topfuncties, security functions. */
export const stricterGroups = ["executive", "senior", "security_sensitive"] as const;
export const audienceChoices = ["allStaff", "councilWithDevice"] as const;

/** "7, 1" → [7, 1]: days before the due date, each once, the earliest reminder first. */
const daysBeforeSchema = z
  .string()
  .trim()
  .max(100)
  .refine((text) => text === "" || /^\d{1,3}(\s*[,;]\s*\d{1,3})*$/.test(text), "Schrijf hele dagen met komma's ertussen, zoals 7, 1.")
  .transform((text) => (text === "" ? [] : [...new Set(text.split(/[,;]/).map((d) => Number(d.trim())))].sort((a, b) => b - a)))
  .refine((days) => days.every((d) => d >= 1 && d <= 90), "Kies dagen van 1 tot en met 90 vóór de datum.");

export const draftSchema = z
  .object({
    id: recordId("Dit concept bestaat niet (meer)."),
    title: z.string().trim().min(3, "Geef het beleid een titel van minstens 3 tekens.").max(200),
    body: z.string().trim().min(20, "Schrijf de tekst van het beleid (minstens 20 tekens).").max(50_000),
    listVersionId: recordId("Kies een gepubliceerde lijstversie."),
    effectiveOn: isoDate(),
    acknowledgeBy: isoDate(),
    newJoinerDays: z.coerce.number({ message: "Vul een aantal dagen in." }).int("Vul een heel aantal dagen in.").min(1, "Geef nieuwe medewerkers minstens 1 dag.").max(365, "Kies hoogstens 365 dagen."),
    audience: checkedList(z.enum(audienceChoices)),
    departmentIds: checkedList(recordId("Kies een afdeling uit de lijst.")),
    riskGroups: checkedList(z.enum(riskGroups, { message: "Kies een risicogroep uit de lijst." })),
    stricterMeasure: optionalText(4000),
    stricterRiskGroups: checkedList(z.enum(stricterGroups, { message: "Kies een risicogroep uit de lijst." })),
    atPublication: yes,
    daysBefore: daysBeforeSchema,
    onDueDate: yes,
    weeklyWhileOverdue: yes,
  })
  .superRefine((v, ctx) => {
    if (v.acknowledgeBy < v.effectiveOn) {
      ctx.addIssue({ code: "custom", path: ["acknowledgeBy"], message: "De datum voor kennisname mag niet vóór de ingangsdatum liggen." });
    }
    if (v.audience.length === 0 && v.departmentIds.length === 0 && v.riskGroups.length === 0) {
      ctx.addIssue({ code: "custom", path: ["audience"], message: "Kies minstens één doelgroep: alle medewerkers, afdelingen, risicogroepen of raadsleden." });
    }
    if (v.stricterMeasure && v.stricterRiskGroups.length === 0) {
      ctx.addIssue({ code: "custom", path: ["stricterRiskGroups"], message: "Kies voor welke risicogroepen de strengere maatregel geldt." });
    }
    if (!v.stricterMeasure && v.stricterRiskGroups.length > 0) {
      ctx.addIssue({ code: "custom", path: ["stricterMeasure"], message: "Beschrijf de strengere maatregel, of zet de vinkjes bij de risicogroepen uit." });
    }
  });

export type DraftInput = z.infer<typeof draftSchema>;

export const startDraftSchema = z.object({
  from: z.enum(["current", "empty"], { message: "Kies hoe u het concept wilt beginnen." }),
  // Set when the start comes from a just-published list version.
  listVersionId: z.preprocess((v) => (v === "" ? undefined : v), recordId("Kies een gepubliceerde lijstversie.").optional()),
});

export const draftIdSchema = z.object({ id: recordId("Dit concept bestaat niet (meer).") });

export const discardSchema = z.object({
  id: recordId("Dit concept bestaat niet (meer)."),
  confirm: z.literal("ja", { message: "Zet een vinkje om te bevestigen dat u het concept wilt weggooien." }),
});

export const publishSchema = z.object({
  id: recordId("Dit concept bestaat niet (meer)."),
  // What the CISO saw on the confirmation page; a change made since then (another tab) must be seen first.
  seen: z.string().min(1),
  confirm: z.literal("ja", { message: "Zet een vinkje om te bevestigen dat u deze versie wilt publiceren." }),
});
