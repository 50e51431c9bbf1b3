import { z } from "@/lib/zod-nl";

const code = z.string().trim().regex(/^\d{6}$/, "Vul de 6 cijfers uit uw app in.");

export const startSetupSchema = z.object({});
export const confirmSetupSchema = z.object({ code });
export const newRecoveryCodesSchema = z.object({ code });
export const removeSecondFactorSchema = z.object({
  code,
  confirmRemove: z.literal("ja", { message: "Zet een vinkje om te bevestigen dat u de tweede factor wilt uitzetten." }),
});
