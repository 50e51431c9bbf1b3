import { optionalText, recordId, z } from "@/lib/zod-nl";

export const vendorFieldsSchema = z.object({
  name: z.string().trim().min(1, "Vul de naam van de leverancier in.").max(120),
  countryId: recordId("Kies het land dat zeggenschap heeft over de leverancier."),
  notes: optionalText(2000),
});

export const updateVendorSchema = vendorFieldsSchema.extend({ id: recordId() });
