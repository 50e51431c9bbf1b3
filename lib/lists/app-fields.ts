import { appSources, measures } from "@/db/schema/enums";
import { androidPackageSchema, iosBundleIdSchema } from "@/lib/lists/identifiers";
import { optionalText, z } from "@/lib/zod-nl";

/** The fields of an app as the CISO edits them; shared by the form and the CSV import. */
export const appFieldsSchema = z.object({
  name: z.string().trim().min(1, "Vul de naam van de app in.").max(120),
  category: z.string().trim().min(1, "Vul een categorie in, bijvoorbeeld Sociale media.").max(80),
  measure: z.enum(measures, { message: "Kies een maatregel." }),
  source: z.enum(appSources, { message: "Kies een bron." }),
  sourceNote: optionalText(500),
  iosBundleId: iosBundleIdSchema,
  androidPackage: androidPackageSchema,
  notes: optionalText(2000),
});

export type AppFields = z.infer<typeof appFieldsSchema>;
