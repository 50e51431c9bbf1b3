import { z } from "@/lib/zod-nl";

export const publishSchema = z.object({
  note: z.string().trim().min(10, "Beschrijf in minstens 10 tekens wat er verandert en waarom.").max(2000),
});
