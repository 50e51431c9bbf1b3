import { memoAudiences } from "@/db/schema/enums";
import { isoDate, optionalText, recordId, z } from "@/lib/zod-nl";

// One checked box arrives as a string, several as an array, none as nothing.
const checkedAudiences = z
  .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(memoAudiences, { message: "Kies een doelgroep uit de lijst." })))
  .transform((list) => [...new Set(list)]);
const optionalId = (message: string) => z.preprocess((v) => (v === "" || v === undefined ? null : v), recordId(message).nullable());

/** The memo as the griffie or the CISO writes it. Audiences may stay empty in a draft; publishing needs one. */
export const memoFieldsSchema = z.object({
  subject: z.string().trim().min(3, "Schrijf een onderwerp van minstens 3 tekens.").max(200, "Houd het onderwerp korter dan 200 tekens."),
  sender: z.string().trim().min(2, "Vul in van wie de memo is, zoals: De CISO en de griffier.").max(200, "Houd dit korter dan 200 tekens."),
  memoDate: isoDate("Vul een bestaande datum in, zoals 2026-03-01."),
  audiences: checkedAudiences,
  body: z.string().trim().min(20, "Schrijf de tekst van de memo (minstens 20 tekens).").max(50_000, "De tekst is te lang (hoogstens 50.000 tekens)."),
  contactName: z.string().trim().min(2, "Vul de naam van de contactpersoon in.").max(200, "Houd de naam korter dan 200 tekens."),
  contactDetails: optionalText(500),
  listVersionId: optionalId("Kies een gepubliceerde lijstversie, of geen lijst."),
});

export const createMemoSchema = memoFieldsSchema.extend({
  // Set when the draft is a correction of a published memo.
  correctsMemoId: optionalId("De memo die u wilt corrigeren, bestaat niet (meer)."),
});

export const saveMemoSchema = memoFieldsSchema.extend({ id: recordId("Dit concept bestaat niet (meer).") });

export const discardMemoSchema = z.object({
  id: recordId("Dit concept bestaat niet (meer)."),
  confirm: z.literal("ja", { message: "Zet een vinkje om te bevestigen dat u het concept wilt weggooien." }),
});

export const publishMemoSchema = z.object({
  id: recordId("Dit concept bestaat niet (meer)."),
  // What the confirmation page showed; a save made since then (another tab) must be seen first.
  seen: z.string().min(1, "Laad de pagina opnieuw en bevestig dan."),
  confirm: z.literal("ja", { message: "Zet een vinkje om te bevestigen dat u deze memo wilt publiceren." }),
});
