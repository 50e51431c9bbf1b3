import { channelStatuses } from "@/db/schema/enums";
import { NO_APP } from "@/lib/channels/labels";
import { todayIso } from "@/lib/dates";
import { isoDate, optionalText, recordId, z } from "@/lib/zod-nl";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A web address a reader can open: http(s) only, so a javascript: link never reaches the register. */
const url = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .max(500, "Het webadres mag hoogstens 500 tekens zijn.")
    .refine((v) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v) && URL.canParse(v), "Vul een volledig webadres in, zoals https://www.tiktok.com/@gemeente.")
    .optional(),
).transform((v) => v ?? null);

const channelFields = z.object({
  platform: z.string().trim().min(2, "Vul het platform in, zoals TikTok of Facebook.").max(60, "Het platform mag hoogstens 60 tekens zijn."),
  account: z.string().trim().min(2, "Vul de naam van het account in, zoals @gemeentevoorbeeld.").max(200, "De accountnaam mag hoogstens 200 tekens zijn."),
  url,
  departmentId: z.preprocess(emptyToUndefined, recordId("Kies een afdeling uit de lijst.").optional()).transform((v) => v ?? null),
  appId: z
    .string({ message: "Kies de app van het platform, of Geen app op de lijst." })
    .refine((v) => v === NO_APP || /^[1-9][0-9]{0,9}$/.test(v), "Kies de app van het platform, of Geen app op de lijst.")
    .transform((v) => (v === NO_APP ? null : Number(v))),
  status: z.enum(channelStatuses, { message: "Kies een status: actief, wordt afgebouwd of opgeheven." }),
  closedOn: z.preprocess(emptyToUndefined, isoDate("Vul een bestaande datum in, zoals 2026-03-01.").optional()).transform((v) => v ?? null),
  notes: optionalText(2000),
});

/** Opgeheven needs the day it was closed, and that day has passed; an open account has no closing date. */
const withClosingRule = <T extends z.ZodType<z.infer<typeof channelFields>>>(schema: T) =>
  schema.superRefine((v, ctx) => {
    if (v.status === "closed" && !v.closedOn) ctx.addIssue({ code: "custom", path: ["closedOn"], message: "Vul de datum in waarop het account is opgeheven." });
    if (v.status === "closed" && v.closedOn && v.closedOn > todayIso()) ctx.addIssue({ code: "custom", path: ["closedOn"], message: "De datum van opheffen kan niet in de toekomst liggen. Kies de status opgeheven pas als het account weg is." });
    if (v.status !== "closed" && v.closedOn) ctx.addIssue({ code: "custom", path: ["closedOn"], message: "Een account dat nog bestaat heeft geen datum van opheffen. Maak dit veld leeg of kies de status opgeheven." });
  });

export const createChannelSchema = withClosingRule(channelFields);
export const updateChannelSchema = withClosingRule(channelFields.extend({ id: recordId("Dit communicatiekanaal bestaat niet (meer).") }));
export type ChannelInput = z.infer<typeof createChannelSchema>;
