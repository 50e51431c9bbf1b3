import { decisionStatuses } from "@/db/schema/enums";
import type { EvidenceKind } from "@/db/queries/decisions";
import { isoDate, recordId, z } from "@/lib/zod-nl";

const LONG_TEXT = 20_000;
const longText = (label: string) => z.string().trim().max(LONG_TEXT, `${label} mag hoogstens ${LONG_TEXT} tekens zijn.`).optional().transform((v) => v ?? "");
const confirmed = (message: string) => z.literal("ja", { message });

/** The college's own number, such as 2023-0412: letters, digits, and . / - between them. */
export const decisionNumber = z
  .string()
  .trim()
  .min(1, "Vul het nummer van het besluit in, zoals 2023-0412.")
  .max(30, "Het nummer mag hoogstens 30 tekens zijn.")
  .regex(/^[A-Za-z0-9]+([./-][A-Za-z0-9]+)*$/, "Gebruik in het nummer alleen letters, cijfers en een punt, streepje of schuine streep ertussen, zoals 2023-0412.");

const decisionFields = {
  number: decisionNumber,
  decidedOn: isoDate("Vul de datum van het besluit in, zoals 2026-03-01."),
  subject: z.string().trim().min(3, "Vul het onderwerp in (minstens 3 tekens).").max(300, "Het onderwerp mag hoogstens 300 tekens zijn."),
  decisionPoints: z.string().trim().min(5, "Schrijf op wat het college heeft besloten (de beslispunten).").max(LONG_TEXT, `De beslispunten mogen hoogstens ${LONG_TEXT} tekens zijn.`),
  arguments: longText("De argumenten"),
  considerations: longText("De kanttekeningen"),
  finances: longText("Financiën"),
  communication: longText("Communicatie"),
  status: z.enum(decisionStatuses, { message: "Kies een status: in uitvoering, uitgevoerd of ingetrokken." }),
};

export const createDecisionSchema = z.object({
  ...decisionFields,
  // Seed 002's planning: start communicatie at +2 weeks, afronding at +8 weeks (lib/decisions/milestone-proposal.ts).
  acceptMilestones: z.preprocess((v) => v === "ja", z.boolean()),
});

export const updateDecisionSchema = z.object({ id: recordId("Dit besluit bestaat niet (meer)."), ...decisionFields });

export const publishDecisionSchema = z.object({
  id: recordId("Dit besluit bestaat niet (meer)."),
  confirm: confirmed("Zet een vinkje om te bevestigen dat u dit besluit wilt publiceren."),
});

export type DecisionInput = z.infer<typeof updateDecisionSchema>;

/** "memo:12", "policy:3", "list:5" or empty: one select, so a milestone can never point at two things. */
const evidence = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || /^(memo|policy|list):[1-9][0-9]{0,9}$/.test(v), "Kies een bewijsstuk uit de lijst.")
  .transform((v) => {
    if (!v) return null;
    const [kind, id] = v.split(":");
    return { kind: kind as EvidenceKind, id: Number(id) };
  })
  .refine((v) => !v || v.id <= 2_147_483_647, "Kies een bewijsstuk uit de lijst.");

const milestoneFields = {
  title: z.string().trim().min(2, "Geef de mijlpaal een naam, zoals Start communicatie.").max(200, "De naam mag hoogstens 200 tekens zijn."),
  ownerId: z.preprocess((v) => (v === "" ? undefined : v), z.uuid({ message: "Kies een eigenaar uit de lijst." }).optional()),
  dueOn: isoDate("Vul de datum in waarop de mijlpaal klaar moet zijn, zoals 2026-03-01."),
  doneOn: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), isoDate("Vul de datum in waarop de mijlpaal klaar was, zoals 2026-03-01.").optional()),
  evidence,
};

export const createMilestoneSchema = z.object({ decisionId: recordId("Dit besluit bestaat niet (meer)."), ...milestoneFields });
export const updateMilestoneSchema = z.object({ id: recordId("Deze mijlpaal bestaat niet (meer)."), ...milestoneFields });
export type MilestoneInput = z.infer<typeof updateMilestoneSchema>;

export const removeMilestoneSchema = z.object({
  id: recordId("Deze mijlpaal bestaat niet (meer)."),
  confirm: confirmed("Zet een vinkje om te bevestigen dat u deze mijlpaal wilt verwijderen."),
});

const upload = z.custom<File>(
  (value) => typeof value === "object" && value !== null && typeof (value as Blob).arrayBuffer === "function" && typeof (value as Blob).size === "number",
  // The form drops a file of 0 bytes, so an empty file also arrives as "no file".
  { message: "Kies een PDF-bestand om toe te voegen. Een leeg bestand kan niet worden toegevoegd." },
);

export const uploadAttachmentSchema = z.object({ decisionId: recordId("Dit besluit bestaat niet (meer)."), file: upload });

export const removeAttachmentSchema = z.object({
  id: recordId("Deze bijlage bestaat niet (meer)."),
  confirm: confirmed("Zet een vinkje om te bevestigen dat u deze bijlage wilt verwijderen."),
});
