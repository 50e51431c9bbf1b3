import { z } from "@/lib/zod-nl";

const isoDate = (message: string) => z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, message);

export const countryFieldsSchema = z.object({
  name: z.string().trim().min(1, "Vul de Nederlandse naam van het land in.").max(80),
  basis: z.string().trim().min(1, "Vul de grondslag in, bijvoorbeeld de AIVD-beschouwing en de datum.").max(300),
  nextReviewOn: isoDate("Vul de datum van de volgende beoordeling in."),
});

export const createCountrySchema = countryFieldsSchema.extend({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Vul de landcode in met twee letters volgens ISO 3166, bijvoorbeeld CN voor China."),
  listedOn: isoDate("Vul de datum in waarop het land op de lijst kwam."),
});

export const updateCountrySchema = countryFieldsSchema.extend({ id: z.coerce.number().int().positive() });

export const delistCountrySchema = z.object({
  id: z.coerce.number().int().positive(),
  delistedOn: isoDate("Vul de datum in waarop het land van de lijst gaat."),
  delistReason: z.string().trim().min(10, "Leg in minstens 10 tekens uit waarom het land van de lijst gaat.").max(1000),
});

export const relistCountrySchema = z.object({ id: z.coerce.number().int().positive() });
