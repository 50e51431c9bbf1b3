import { exemptionReasons } from "@/db/schema/enums";
import { todayIso } from "@/lib/dates";
import { isoDate, optionalText, recordId, z } from "@/lib/zod-nl";
import { conditionPresets, latestEndDate } from "./rules";

const exemptionId = recordId("Deze uitzondering bestaat niet (meer).");

// "Today" is read at each check, so a form left open overnight is judged by the day it is sent.
const futureDate = (messages: { past: string; tooFar: string }) =>
  z
    .string()
    .trim()
    .min(1, "Vul een einddatum in.")
    .pipe(isoDate())
    .refine((d) => d > todayIso(), messages.past)
    .refine((d) => d <= latestEndDate(todayIso()), messages.tooFar);

export const requestSchema = z.object({
  appId: recordId("Kies de app waarvoor u een uitzondering vraagt."),
  device: z.string().trim().min(3, "Schrijf op op welk toestel of voor welk gebruik u de app nodig heeft.").max(200),
  reason: z.enum(exemptionReasons, { message: "Kies waarvoor u de app nodig heeft." }),
  justification: z
    .string()
    .trim()
    .min(30, "Leg in minstens 30 tekens uit waarom u de app voor uw werk nodig heeft.")
    .max(2000, "Gebruik hoogstens 2000 tekens."),
  requestedUntil: futureDate({
    past: "Kies een einddatum na vandaag.",
    tooFar: "Kies een einddatum die hoogstens 12 maanden na vandaag ligt.",
  }),
  renewalOfId: z.preprocess((v) => (v === "" ? undefined : v), recordId().optional()),
});

export const approveSchema = z
  .object({
    id: exemptionId,
    // One ticked box arrives as a string, several as a list, none as nothing.
    presets: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(conditionPresets))),
    conditions: optionalText(1000),
    endsOn: futureDate({
      past: "Kies een einddatum na vandaag.",
      tooFar: "Kies een einddatum die hoogstens 12 maanden na vandaag ligt.",
    }),
  })
  .refine((v) => v.presets.length > 0 || v.conditions, { message: "Kies of schrijf minstens één voorwaarde.", path: ["conditions"] });

export const rejectSchema = z.object({
  id: exemptionId,
  rejectionReason: z.string().trim().min(1, "Schrijf op waarom u de aanvraag afwijst. De aanvrager leest dit.").max(1000),
});

export const revokeSchema = z.object({
  id: exemptionId,
  revokeReason: z.string().trim().min(1, "Schrijf op waarom u de uitzondering intrekt. De aanvrager leest dit.").max(1000),
});

export const withdrawSchema = z.object({ id: exemptionId });

/** The conditions as stored: the chosen presets first, then what the CISO wrote. */
export const conditionsText = (input: { presets: string[]; conditions: string | null }) =>
  [...input.presets, ...(input.conditions ? [input.conditions] : [])].join("\n");
