import { z } from "@/lib/zod-nl";
import { ABSOLUTE_HOURS, IDLE_MINUTES } from "@/lib/sessions/limits";

// An empty optional field is stored as null rather than "".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === undefined ? null : typeof v === "string" ? v.trim() || null : v), schema.nullable());

export const organisationSchema = z.object({
  name: z.string().trim().min(1, "Vul de naam van de organisatie in.").max(120),
  contactEmail: z.string().trim().toLowerCase().min(1, "Vul een e-mailadres voor vragen in.").max(254).pipe(z.email()),
  contactPhone: optional(
    z.string().max(30).regex(/^\+?[0-9 ()-]{5,}$/, "Vul een telefoonnummer in met alleen cijfers, spaties en streepjes, zoals 14 0000 of 030 123 45 67."),
  ),
  websiteUrl: optional(z.url({ protocol: /^https?$/, message: "Vul een geldig webadres in, zoals https://www.voorbeeld.nl." }).max(300)),
  councilAnswerTermDays: z.coerce
    .number({ message: "Vul een aantal dagen in, bijvoorbeeld 30." })
    .int("Vul een heel aantal dagen in.")
    .min(1, "De termijn is minstens 1 dag.")
    .max(365, "De termijn is hoogstens 365 dagen."),
});

// "een aantal uren", but "10 uur": the unit after a number is its own word.
const wholeNumber = (what: string, unit: string, range: { min: number; max: number }, example: number) =>
  z.coerce
    .number({ message: `Vul een aantal ${what} in, bijvoorbeeld ${example}.` })
    .int(`Vul een heel aantal ${what} in.`)
    .min(range.min, `Dit is minstens ${range.min} ${unit}.`)
    .max(range.max, `Dit is hoogstens ${range.max} ${unit}.`);

export const sessionSettingsSchema = z
  .object({
    sessionIdleMinutes: wholeNumber("minuten", "minuten", IDLE_MINUTES, 30),
    sessionAbsoluteHours: wholeNumber("uren", "uur", ABSOLUTE_HOURS, 10),
  })
  .refine((s) => s.sessionIdleMinutes <= s.sessionAbsoluteHours * 60, {
    path: ["sessionIdleMinutes"],
    message: "De tijd zonder activiteit kan niet langer zijn dan de maximale duur van een sessie.",
  });
