import { appFieldsSchema } from "@/lib/lists/app-fields";
import { optionalText, recordId, z } from "@/lib/zod-nl";

export const appFormSchema = appFieldsSchema.extend({
  vendorId: recordId("Kies een leverancier."),
  iosIdSource: optionalText(300),
  androidIdSource: optionalText(300),
  iosVerified: z.literal("ja").optional(),
  androidVerified: z.literal("ja").optional(),
});

export const updateAppSchema = appFormSchema.extend({ id: recordId() });

export const removeAppSchema = z.object({
  id: recordId(),
  removedReason: z.string().trim().min(10, "Leg in minstens 10 tekens uit waarom de app van de lijst gaat.").max(1000),
});
