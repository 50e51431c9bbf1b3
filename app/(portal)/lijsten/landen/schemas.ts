import { recordId, z } from "@/lib/zod-nl";
import { isRealIsoDate, todayIso } from "@/lib/dates";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// A real calendar day: "2026-02-30" would reach the database and crash the request.
const isoDate = (message: string) => z.string().trim().refine(isRealIsoDate, message);

// A review that is already overdue when it is planned is no plan; the date is compared when the form is sent.
const reviewDate = isoDate("Vul de datum van de volgende beoordeling in.").refine(
  (value) => !ISO_DATE.test(value) || value >= todayIso(),
  "De volgende beoordeling moet vandaag of later zijn. Kies een datum in de toekomst.",
);

export const countryFieldsSchema = z.object({
  name: z.string().trim().min(1, "Vul de Nederlandse naam van het land in.").max(80),
  basis: z.string().trim().min(1, "Vul de grondslag in, bijvoorbeeld de AIVD-beschouwing en de datum.").max(300),
  nextReviewOn: reviewDate,
});

export const createCountrySchema = countryFieldsSchema.extend({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Vul de landcode in met twee letters volgens ISO 3166, bijvoorbeeld CN voor China."),
  listedOn: isoDate("Vul de datum in waarop het land op de lijst kwam."),
});

export const updateCountrySchema = countryFieldsSchema.extend({ id: recordId() });

export const delistCountrySchema = z.object({
  id: recordId(),
  delistedOn: isoDate("Vul de datum in waarop het land van de lijst gaat."),
  delistReason: z.string().trim().min(10, "Leg in minstens 10 tekens uit waarom het land van de lijst gaat.").max(1000),
});

export const relistCountrySchema = z.object({ id: recordId() });
