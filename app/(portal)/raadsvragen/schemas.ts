import { splitQuestions } from "@/lib/council-questions/parse-questions";
import { isRealIsoDate, todayIso } from "@/lib/dates";
import { isoDate, recordId, z } from "@/lib/zod-nl";

export const MAX_QUESTIONS = 50;
const MAX_ANSWER = 20_000;

/** One name (or signatory) per line; blank lines do not count. */
const lines = (max: number, each: number, messages: { empty: string; many: string; long: string }) =>
  z
    .string()
    .transform((text) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))
    .refine((list) => list.length > 0, messages.empty)
    .refine((list) => list.length <= max, messages.many)
    .refine((list) => list.every((line) => line.length <= each), messages.long);

const notInFuture = (message: string) => isoDate().refine((d) => !isRealIsoDate(d) || d <= todayIso(), message);

export const questionFieldsSchema = z.object({
  reference: z.string().trim().min(1, "Vul het kenmerk in, zoals RIS 2026-014.").max(50, "Gebruik voor het kenmerk hoogstens 50 tekens."),
  subject: z.string().trim().min(3, "Vul het onderwerp in (minstens 3 tekens).").max(300),
  submitters: lines(20, 100, {
    empty: "Vul de naam van minstens één indiener in.",
    many: "Vul hoogstens 20 indieners in.",
    long: "Een naam mag hoogstens 100 tekens hebben.",
  }),
  faction: z.string().trim().min(1, "Vul de fractie in.").max(100),
  questionType: z.string().trim().min(1, "Vul het soort vragen in, zoals schriftelijke vragen.").max(60),
  receivedOn: notInFuture("De datum van ontvangst kan niet na vandaag liggen."),
  rulesArticle: z.string().trim().min(1, "Vul het artikel van het Reglement van Orde in, zoals artikel 41.").max(60),
  introduction: z.string().trim().max(10_000).default(""),
  questions: z
    .string()
    .max(100_000)
    .transform(splitQuestions)
    .refine((list) => list.length > 0, "Vul minstens één vraag in.")
    .refine((list) => list.length <= MAX_QUESTIONS, `Vul hoogstens ${MAX_QUESTIONS} vragen in.`)
    .refine((list) => list.every((q) => q.length <= 5000), "Een vraag mag hoogstens 5000 tekens hebben."),
});

export type QuestionFields = z.infer<typeof questionFieldsSchema>;

export const registerSchema = questionFieldsSchema;
export const updateSchema = questionFieldsSchema.extend({ id: recordId("Deze raadsvraag bestaat niet (meer).") });

export const delaySchema = z
  .object({
    id: recordId("Deze raadsvraag bestaat niet (meer)."),
    noticeOn: notInFuture("De datum van het uitstelbericht kan niet na vandaag liggen."),
    newDueOn: isoDate(),
    reason: z.string().trim().min(10, "Schrijf de reden van het uitstel (minstens 10 tekens).").max(2000),
  });

/**
 * The CISO's answers, one field per question ("answer-3"). An empty field is a question not yet answered:
 * saving keeps the drafts, publishing needs them all.
 */
export const answersSchema = z.looseObject({ id: recordId("Deze raadsvraag bestaat niet (meer).") }).transform((raw, ctx) => {
  const answers = new Map<number, string | null>();
  for (const [key, value] of Object.entries(raw)) {
    const match = /^answer-(\d{1,3})$/.exec(key);
    if (!match || typeof value !== "string") continue;
    const text = value.trim();
    if (text.length > MAX_ANSWER) ctx.addIssue({ code: "custom", path: [key], message: `Een antwoord mag hoogstens ${MAX_ANSWER} tekens hebben.` });
    answers.set(Number(match[1]), text || null);
  }
  return { id: raw.id, answers };
});

export const publishSchema = z.object({
  id: recordId("Deze raadsvraag bestaat niet (meer)."),
  answerLetterDate: notInFuture("De datum van de antwoordbrief kan niet na vandaag liggen."),
  signatories: lines(6, 200, {
    empty: "Vul minstens één ondertekenaar in, zoals: De burgemeester, Jan Jansen.",
    many: "Vul hoogstens 6 ondertekenaars in.",
    long: "Een regel mag hoogstens 200 tekens hebben.",
  }),
  confirm: z.literal("ja", { message: "Zet een vinkje om te bevestigen dat u de antwoordbrief wilt publiceren." }),
});
