import { optionalText, z } from "@/lib/zod-nl";

export const vendorFieldsSchema = z.object({
  name: z.string().trim().min(1, "Vul de naam van de leverancier in.").max(120),
  countryId: z.coerce.number({ message: "Kies het land dat zeggenschap heeft over de leverancier." }).int().positive("Kies het land dat zeggenschap heeft over de leverancier."),
  notes: optionalText(2000),
});

export const updateVendorSchema = vendorFieldsSchema.extend({ id: z.coerce.number().int().positive() });
